// panic.c - run-time panics: the exact message texts of Go 1.19, the
// printing of panic(v)'s value, and dying with exit status 2. Raising
// (running deferred calls, recover) is defer_panic.c's job.
//
// The formatting functions (rt_format_*) are separate from the ones that
// print and exit so unit tests can check the text.
#include <stdio.h>
#include "rt.h"
#include "sched.h"


void rt_format_bounds(RtBuf *b, int which, int64_t x, int64_t y, bool x_unsigned) {
	// Go drops the "with ..." part (and the other operand) when x is negative.
	bool neg = !x_unsigned && x < 0;
	char xs[24], ys[24];
	if (x_unsigned)
		snprintf(xs, sizeof xs, "%llu", (unsigned long long)x);
	else
		snprintf(xs, sizeof xs, "%lld", (long long)x);
	snprintf(ys, sizeof ys, "%lld", (long long)y);
	if (which == BOUNDS_INDEX) {
		buf_printf(b, "index out of range [%s]", xs);
		if (!neg)
			buf_printf(b, " with length %s", ys);
		return;
	}
	buf_str(b, "slice bounds out of range ");
	switch (which) {
	case SLICE_ALEN:
	case SLICE_ACAP:
		buf_printf(b, "[:%s]", xs);
		break;
	case SLICE3_ALEN:
	case SLICE3_ACAP:
		buf_printf(b, "[::%s]", xs);
		break;
	case SLICE_B:
		buf_printf(b, neg ? "[%s:]" : "[%s:%s]", xs, ys);
		return;
	case SLICE3_B:
		buf_printf(b, neg ? "[:%s:]" : "[:%s:%s]", xs, ys);
		return;
	case SLICE3_C:
		buf_printf(b, neg ? "[%s::]" : "[%s:%s:]", xs, ys);
		return;
	}
	if (!neg)
		buf_printf(b, (which == SLICE_ALEN || which == SLICE3_ALEN) ? " with length %s"
		                                                            : " with capacity %s",
		           ys);
}

_Noreturn void rt_die_after_panic(void) {
	RtBuf b = {0};
	rt_format_traceback(&b);
	rt_stderr_write(b.p, b.len);
	rt_exit(2);
}

// Raises the panic for a run-time error (sched.h): deferred calls run,
// recover() gets a runtime error value, else "panic: <text>" and exit 2.
static _Noreturn void die_with(RtBuf *text) {
	rt_panic_text(text->p, text->len);
}

static _Noreturn void die_formatted(const char *prefix, const char *fmt, va_list ap) {
	RtBuf b = {0};
	buf_str(&b, prefix);
	buf_vprintf(&b, fmt, ap);
	die_with(&b);
}

_Noreturn void rt_panic_plain(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	die_formatted("", fmt, ap);
}

_Noreturn void rt_panic_runtime_error(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	die_formatted("runtime error: ", fmt, ap);
}

static _Noreturn void panic_bounds(int which, int64_t x, int64_t y, bool x_unsigned) {
	RtBuf b = {0};
	buf_str(&b, "runtime error: ");
	rt_format_bounds(&b, which, x, y, x_unsigned);
	die_with(&b);
}

_Noreturn void runtime_panicindex(intptr_t i, intptr_t len) {
	panic_bounds(BOUNDS_INDEX, i, len, false);
}

_Noreturn void runtime_panicindexu(uintptr_t i, intptr_t len) {
	panic_bounds(BOUNDS_INDEX, (int64_t)i, len, true);
}

_Noreturn void runtime_panicslice(int which, intptr_t x, intptr_t y, bool x_unsigned) {
	panic_bounds(which, x, y, x_unsigned);
}

_Noreturn void runtime_panicdivide(void) { rt_panic_runtime_error("integer divide by zero"); }

// A value method's pointer wrapper called with nil (gen_call.c's thunks).
_Noreturn void runtime_panicwrap(const char *msg, intptr_t len) { rt_panic_plain("%.*s", (int)len, msg); }

// Explicit nil checks report addr=0x0 like Go's; pc is our caller's.
_Noreturn void runtime_panicnil(void) {
	rt_report_nil_deref(0, (uintptr_t)__builtin_return_address(0), "SIGSEGV: segmentation violation", 1);
}

// The check before an access at offset addr, which Go's code would make
// and let fault: Go reports the faulting address.
_Noreturn void runtime_panicnilat(uintptr_t addr) {
	rt_report_nil_deref(addr, (uintptr_t)__builtin_return_address(0), "SIGSEGV: segmentation violation", 1);
}

_Noreturn void rt_report_nil_deref(uintptr_t addr, uintptr_t pc, const char *signame, int code) {
	RtBuf b = {0};
	buf_printf(&b, "runtime error: invalid memory address or nil pointer dereference\n"
	               "[signal %s code=0x%x addr=0x%lx pc=0x%lx]", signame, code,
	           (unsigned long)addr, (unsigned long)pc);
	die_with(&b);
}

_Noreturn void runtime_panicshift(void) { rt_panic_runtime_error("negative shift amount"); }

_Noreturn void runtime_panicsliceconvert(intptr_t len, intptr_t want) {
	rt_panic_runtime_error("cannot convert slice with length %ld to pointer to array with length %ld",
	                       (long)len, (long)want);
}

_Noreturn void rt_fatal(const char *msg) {
	RtBuf b = {0};
	buf_printf(&b, "fatal error: %s\n", msg);
	rt_stderr_write(b.p, b.len);
	buf_free(&b);
	rt_die_after_panic();
}

// The value of a basic kind, in print's format (named types add their name).
static bool format_basic(RtBuf *b, const GoType *t, const void *p) {
	switch (t->kind) {
	case KIND_BOOL: buf_str(b, *(const bool *)p ? "true" : "false"); return true;
	case KIND_INT: case KIND_INT64: buf_printf(b, "%lld", (long long)*(const int64_t *)p); return true;
	case KIND_INT8: buf_printf(b, "%d", *(const int8_t *)p); return true;
	case KIND_INT16: buf_printf(b, "%d", *(const int16_t *)p); return true;
	case KIND_INT32: buf_printf(b, "%d", *(const int32_t *)p); return true;
	case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
		buf_printf(b, "%llu", (unsigned long long)*(const uint64_t *)p);
		return true;
	case KIND_UINT8: buf_printf(b, "%u", *(const uint8_t *)p); return true;
	case KIND_UINT16: buf_printf(b, "%u", *(const uint16_t *)p); return true;
	case KIND_UINT32: buf_printf(b, "%u", *(const uint32_t *)p); return true;
	case KIND_FLOAT32: rt_format_float_print(b, *(const float *)p); return true;
	case KIND_FLOAT64: rt_format_float_print(b, *(const double *)p); return true;
	case KIND_COMPLEX64:
	case KIND_COMPLEX128: {
		double re, im;
		if (t->kind == KIND_COMPLEX64)
			re = ((const float *)p)[0], im = ((const float *)p)[1];
		else
			re = ((const double *)p)[0], im = ((const double *)p)[1];
		buf_byte(b, '(');
		rt_format_float_print(b, re);
		rt_format_float_print(b, im);
		buf_str(b, "i)");
		return true;
	}
	case KIND_STRING: {
		const GoString *s = p;
		if (t->named)
			buf_byte(b, '"');
		buf_gostr(b, s);
		if (t->named)
			buf_byte(b, '"');
		return true;
	}
	}
	return false;
}

// An Error or String method panicked while a panic was being printed.
static _Noreturn void panic_while_printing(const GoEface *inner) {
	RtBuf b = {0};
	buf_str(&b, "panic while printing panic value");
	if (inner->type && inner->type->kind == KIND_STRING && !inner->type->named)
		buf_printf(&b, ": %.*s", GOSTR_ARG(*(const GoString *)inner->data));
	else if (inner->type)
		buf_printf(&b, ": type %.*s", GOSTR_ARG(inner->type->str));
	buf_byte(&b, 0);
	rt_fatal(b.p);
}

void rt_format_panic_value(RtBuf *b, const GoEface *v) {
	const GoType *t = v->type;
	if (!t) {
		buf_str(b, "nil");
		return;
	}
	// Errors print Error(), then Stringers print String().
	void *m = type_method(t, "Error");
	if (!m)
		m = type_method(t, "String");
	if (m) {
		GoString s;
		RtRecovery r;
		if (!call_string_method_recovering(m, v->data, &s, &r))
			panic_while_printing(&r.value);
		buf_gostr(b, &s);
		return;
	}
	const void *p = eface_valueptr(t, &v->data);
	size_t mark = b->len;
	if (t->named)
		buf_printf(b, "%.*s(", (int)t->str.len, (const char *)t->str.ptr);
	if (format_basic(b, t, p)) {
		if (t->named)
			buf_byte(b, ')');
		return;
	}
	b->len = mark;
	buf_printf(b, "(%.*s) 0x%lx", (int)t->str.len, (const char *)t->str.ptr,
	           (unsigned long)(uintptr_t)v->data);
}

// The deferred call of rt_call_recovering: recover() on behalf of C code.
void rt_recover_into(RtRecovery *out, uintptr_t argp) {
	GoPanic *p = sched_current()->panic;
	bool live = p && !p->recovered && p->argp == argp;
	runtime_gorecover(&out->value, argp);
	out->recovered = live;
}

_Noreturn void runtime_gopanic(const GoEface *value) {
	rt_panic_value(value);
}
