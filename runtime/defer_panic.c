// defer_panic.c - panic and recover: running deferred calls while a panic
// unwinds, resuming the frame whose deferred call recovered, printing the
// chain of panics ("panic: a [recovered]\n\tpanic: b"), and the values
// that run-time errors panic with.
#include <stdlib.h>
#include <string.h>
#include "sched.h"

// The active panics, oldest first, as Go's printpanics does.
static void format_panics(RtBuf *b, const GoPanic *p) {
	if (p->link) {
		format_panics(b, p->link);
		buf_byte(b, '\t');
	}
	buf_str(b, "panic: ");
	rt_format_panic_value(b, &p->arg);
	buf_str(b, p->recovered ? " [recovered]\n" : "\n");
}

_Noreturn void rt_panic_value(const GoEface *v) {
	G *g = sched_current();
	GoPanic *p = runtime_alloc(sizeof *p, false);
	p->arg = *v;
	p->link = g->panic;
	p->fp = (uintptr_t)__builtin_frame_address(0);
	p->file = __FILE__;
	g->panic = p;
	for (GoDeferFrame *f; (f = g->frames);) {
		GoDefer *d = f->defers;
		if (!d) {
			g->frames = f->link;   // nothing left here that could recover
			continue;
		}
		if (d->started) {
			// An earlier panic was running this call when we began: it
			// is superseded, and the call is not run again.
			if (d->panic)
				d->panic->aborted = true;
			f->defers = d->link;
			continue;
		}
		d->started = true;
		d->panic = p;
		p->line = __LINE__ + 1;
		defer_call_go(d->closure, d->args, d->argsize, &p->argp);
		p->argp = 0;
		f->defers = d->link;
		if (p->recovered) {
			g->panic = p->link;
			while (g->panic && g->panic->aborted)
				g->panic = g->panic->link;
			if (!g->panic)
				g->sigline = NULL;
			stack_unpoison(__builtin_frame_address(0), f->rsp);
			defer_resume(f);
		}
	}
	RtBuf b = {0};
	format_panics(&b, g->panic);
	if (g->sigline)
		buf_printf(&b, "%s\n", g->sigline);
	rt_stderr_write(b.p, b.len);
	buf_free(&b);
	rt_die_after_panic();
}

void runtime_gorecover(GoEface *dst, uintptr_t argp) {
	G *g = sched_current();
	GoPanic *p = g->panic;
	if (p && !p->recovered && argp == p->argp) {
		p->recovered = true;
		*dst = p->arg;
		return;
	}
	*dst = (GoEface){0};
}

void runtime_wrapper_argp(uintptr_t argp, uintptr_t callee_argp) {
	GoPanic *p = sched_current()->panic;
	if (p && p->argp == argp)
		p->argp = callee_argp;
}

// ---- run-time error values ----
// Each is a one-string struct (the full message) whose Error method is
// gofuncs.S's runtime_errorString_Error: it reads the string the data
// word points to, which holds for both the struct values and the pointer.
void runtime_errorString_Error(void);

#define GOSTR_LIT(s) {(const uint8_t *)(s), sizeof(s) - 1}

// RuntimeError marks them as runtime.Error (lib/runtime); it does nothing.
static void runtime_error_RuntimeError(void) {}
static const GoMethod error_methods[] = {{GOSTR_LIT("Error"), (void *)runtime_errorString_Error, NULL},
                                         {GOSTR_LIT("RuntimeError"), (void *)runtime_error_RuntimeError, NULL}};
static const uint8_t first_word[] = {1};
static const GoType string_type = {
	.size = 16, .ptrdata = 8, .gcbits = first_word, .hash = 0x73747269, .kind = KIND_STRING,
	.align = 8, .str = GOSTR_LIT("string"),
};
static const GoField msg_field[] = {{GOSTR_LIT("msg"), &string_type, 0, 0}};

#define ERROR_STRUCT(name, h)                                                                \
	{.size = 16, .ptrdata = 8, .gcbits = first_word, .hash = h, .kind = KIND_STRUCT,         \
	 .align = 8, .named = 1, .str = GOSTR_LIT(name), .len = 1, .fields = msg_field,         \
	 .methods = error_methods, .nmethods = 2}

static const GoType bounds_error = ERROR_STRUCT("runtime.boundsError", 0x72626e64);
static const GoType error_string = ERROR_STRUCT("runtime.errorString", 0x72657273);
static const GoType plain_error = ERROR_STRUCT("runtime.plainError", 0x72706c6e);
static const GoType type_assertion_error = {
	.size = 16, .ptrdata = 8, .gcbits = first_word, .hash = 0x72746165, .kind = KIND_STRUCT,
	.align = 8, .named = 1, .str = GOSTR_LIT("runtime.TypeAssertionError"), .len = 1,
	.fields = msg_field,
};
static const GoType type_assertion_error_ptr = {
	.size = 8, .ptrdata = 8, .gcbits = first_word, .hash = 0x2a727461, .kind = KIND_PTR,
	.align = 8, .str = GOSTR_LIT("*runtime.TypeAssertionError"), .elem = &type_assertion_error,
	.methods = error_methods, .nmethods = 2,
};

static bool has_prefix(const char *s, size_t n, const char *prefix) {
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

_Noreturn void rt_panic_text(const char *text, size_t len) {
	const char *nl = memchr(text, '\n', len);
	size_t msglen = nl ? (size_t)(nl - text) : len;
	G *g = sched_current();
	if (nl) {
		// A fault: its "[signal ...]" line prints after the panic chain.
		char *sig = malloc(len - msglen);
		memcpy(sig, nl + 1, len - msglen - 1);
		sig[len - msglen - 1] = 0;
		g->sigline = sig;
	}
	RtBuf b = {0};
	buf_write(&b, text, msglen);
	GoString *msg = NULL;
	GoEface e;
	if (has_prefix(text, msglen, "interface conversion: ")) {
		msg = runtime_new(sizeof *msg, &type_assertion_error);
		e = (GoEface){&type_assertion_error_ptr, msg};
	} else {
		const GoType *t = !has_prefix(text, msglen, "runtime error: ") ? &plain_error
		                  : has_prefix(text, msglen, "runtime error: index out of range") ||
		                            has_prefix(text, msglen, "runtime error: slice bounds out of range")
		                      ? &bounds_error
		                      : &error_string;
		msg = runtime_new(sizeof *msg, t);
		e = (GoEface){t, msg};
	}
	*msg = buf_to_gostring(&b);
	buf_free(&b);
	rt_panic_value(&e);
}

// runtime.Goexit() (lib/runtime): runs the goroutine's pending deferred
// calls, innermost first, then ends it. A panic being handled is over (a
// deferred call may call Goexit); recover returns nil meanwhile.
void hook_runtime_goexit(void *args) {
	G *g = sched_current();
	g->panic = NULL;
	g->sigline = NULL;
	for (GoDeferFrame *f; (f = g->frames);) {
		GoDefer *d = f->defers;
		if (!d) {
			g->frames = f->link;
			continue;
		}
		f->defers = d->link;
		if (d->started)
			continue;
		d->started = true;
		defer_call_go(d->closure, d->args, d->argsize, NULL);
	}
	sched_goexit();
}
