// traceback.c - a goroutine's stack as Go prints it after a fatal panic
// or a deadlock:
//
//	goroutine 1 [running]:
//	main.get(...)
//		/abs/path/x.go:10 +0x1e
//	main.main()
//		/abs/path/x.go:20 +0x2b
//
// Every frame, generated or runtime, links its caller's %rbp (codegen's
// prologue; the runtime is built with -fno-omit-frame-pointer), so the
// walk follows the %rbp chain and looks each return address up in the
// table codegen emits (codegen/linetab.c, GoFuncInfo in goscape.h).
// Runtime frames are not in the table and are skipped, as Go hides its
// runtime's, except a panic's own frame in the middle of the stack, shown
// as "panic({type, data})" like Go's gopanic: it separates deferred calls
// from the code that panicked.
//
// Arguments are not decoded: a function with parameters prints "(...)",
// Go's notation for frames whose argument words it does not show. Code
// inlined into a function (GoInlined) shows the inlined functions as
// frames of their own, innermost first, as Go does: "(...)" and no pc
// offset, each at the line of the code or of the call inside it.
#include <string.h>
#include "rt.h"
#include "heap.h"
#include "sched.h"

// Programs always have the section; the runtime's unit tests link without it.
#pragma weak __start_goscape_functab
#pragma weak __stop_goscape_functab

enum { MAX_FRAMES = 100 };  // Go's _TracebackMaxFrames

static const GoFuncInfo *find_func(uintptr_t pc) {
	// Tracebacks are rare: a linear scan keeps the table free of any
	// ordering requirement.
	for (const GoFuncInfo *f = __start_goscape_functab; f && f < __stop_goscape_functab; f++) {
		if (pc >= f->entry && pc - f->entry < f->size)
			return f;
	}
	return NULL;
}

static const GoLineEntry *find_line(const GoFuncInfo *f, uintptr_t pc) {
	const GoLineEntry *e = &f->lines[0];
	for (uint32_t i = 1; i < f->nlines && f->lines[i].pcoff <= pc - f->entry; i++)
		e = &f->lines[i];
	return e;
}

// The function of the frame returning to ret, NULL for a frame that is
// not shown: outside the table, or in a wrapper (line 0: the SSA back
// end's stack ABI thunk, codegen/linetab.c's linetab_wrapper).
static const GoFuncInfo *frame_func(uintptr_t ret) {
	const GoFuncInfo *f = find_func(ret - 1);
	return f && find_line(f, ret - 1)->line ? f : NULL;
}

// The frames of return address ret in f: its inlined calls, if any, then
// f's own, "\tFILE:LINE +0xOFF" (the line of the outermost inlined call);
// the line is the call's, ret - 1 (sigpanic's frame pushes the faulting
// pc + 1 for this reason). names: each frame with its function's name
// (else f's location alone). Returns how many frames.
static int format_location(RtBuf *b, const GoFuncInfo *f, uintptr_t ret, bool names) {
	const GoLineEntry *e = find_line(f, ret - 1);
	uint32_t file = e->file, line = e->line;
	int n = 1;
	for (uint32_t in = e->inl; in; n++) {
		const GoInlined *call = &f->inlined[in - 1];
		if (names)
			buf_printf(b, "%s(...)\n\t%s:%u\n", call->name, f->files[file], line);
		file = call->file;
		line = call->line;
		in = call->parent;
	}
	if (names)
		buf_printf(b, "%s(%s)\n", f->name, f->has_args ? "..." : "");
	buf_printf(b, "\t%s:%u +0x%lx\n", f->files[file], line, (unsigned long)(ret - f->entry));
	return n;
}

static const GoPanic *panic_of_frame(const G *g, uintptr_t fp) {
	for (const GoPanic *p = g ? g->panic : NULL; p; p = p->link)
		if (p->fp == fp)
			return p;
	return NULL;
}

// Formats the frames from return address pc, whose function's frame
// pointer is fp, up the chain (which must go up the stack) to stack_hi.
static void format_frames(RtBuf *b, const G *g, uintptr_t pc, uintptr_t fp, uintptr_t stack_hi) {
	int shown = 0;
	while (fp && fp < stack_hi) {
		const GoFuncInfo *f = frame_func(pc);
		const GoPanic *p = panic_of_frame(g, fp);
		if (f || (p && shown)) {
			if (shown >= MAX_FRAMES) {
				buf_str(b, "...additional frames elided...\n");
				return;
			}
			if (f) {
				shown += format_location(b, f, pc, true);
			} else {
				shown++;
				buf_printf(b, "panic({0x%lx, 0x%lx})\n\t%s:%d\n", (unsigned long)(uintptr_t)p->arg.type,
				           (unsigned long)(uintptr_t)p->arg.data, p->file, p->line);
			}
		}
		const uintptr_t *frame = (const uintptr_t *)fp;
		if (frame[0] <= fp)
			return;
		pc = frame[1];
		fp = frame[0];
	}
}

static void format_goroutine(RtBuf *b, const G *g, uintptr_t pc, uintptr_t fp, uintptr_t stack_hi) {
	buf_printf(b, "\ngoroutine %lld [%s]:\n", (long long)(g ? g->id : 1),
	           g && g->waitreason ? g->waitreason : "running");
	format_frames(b, g, pc, fp, stack_hi);
	const GoFuncInfo *creator = g && g->gopc ? find_func(g->gopc - 1) : NULL;
	if (creator) {
		buf_printf(b, "created by %s\n", creator->name);
		format_location(b, creator, g->gopc, false);
	}
}

void rt_format_traceback(RtBuf *b) {
	G *g = sched_cur;
	uintptr_t *fp = __builtin_frame_address(0);
	uintptr_t hi = g ? g->stack_hi : runtime_stack_top ? (uintptr_t)runtime_stack_top : gc_stack_top();
	format_goroutine(b, g, fp[1], fp[0], hi);
}

void rt_format_traceback_waiting(RtBuf *b, const G *g) {
	// sched_switch pushed %rbp first and then five registers below its
	// return address (context.S).
	const uintptr_t *sp = (const uintptr_t *)g->sp;
	format_goroutine(b, g, sp[6], sp[5], g->stack_hi);
}

// ---- runtime.Callers and runtime.FuncForPC (lib/runtime/extern.go) ----

typedef struct CallersFrame {
	intptr_t skip;
	GoSlice pcs;               // []uintptr
	intptr_t n;                // result
} CallersFrame;

// Calls inlined into a function have no frame of their own: callers
// lists, after the return address of such a frame, the same address
// tagged with the number of inlined calls to go up from its line
// (INLINE_SHIFT), one per inlined call, which funcinfo undoes; so
// Caller(skip) counts frames as Go's does.
enum { INLINE_SHIFT = 48 };  // above every user-space address

// How many inlined calls the code at pc is in.
static int inline_depth(const GoFuncInfo *f, uintptr_t pc) {
	int n = 0;
	for (uint32_t in = find_line(f, pc)->inl; in; in = f->inlined[in - 1].parent)
		n++;
	return n;
}

// func callers(skip int, pcs []uintptr) int: the return addresses of the
// Go frames above the Go function that called callers (skip 0: into that
// function), skipping frames outside the table as tracebacks do.
void hook_runtime_callers(CallersFrame *f) {
	G *g = sched_cur;
	uintptr_t hi = g ? g->stack_hi : runtime_stack_top ? (uintptr_t)runtime_stack_top : gc_stack_top();
	const uintptr_t *self = __builtin_frame_address(0);
	const uintptr_t *stub = (const uintptr_t *)self[0];   // hooks.S's frame
	uintptr_t pc = stub[1], fp = stub[0];
	uintptr_t *out = f->pcs.ptr;
	intptr_t n = 0, skip = f->skip;
	while (fp && fp < hi && n < f->pcs.len) {
		const GoFuncInfo *fn = frame_func(pc);
		for (int d = 0, depth = fn ? inline_depth(fn, pc - 1) : -1; d <= depth && n < f->pcs.len; d++) {
			if (skip > 0)
				skip--;
			else
				out[n++] = pc | (uintptr_t)d << INLINE_SHIFT;
		}
		const uintptr_t *frame = (const uintptr_t *)fp;
		if (frame[0] <= fp)
			break;
		pc = frame[1];
		fp = frame[0];
	}
	f->n = n;
}

typedef struct FuncInfoFrame {
	uintptr_t pc;
	GoString name, file;       // results
	intptr_t line;
	uintptr_t entry;
} FuncInfoFrame;

static GoString cstring(const char *s) { return (GoString){(const uint8_t *)s, (intptr_t)strlen(s)}; }

// func funcInfo(pc uintptr) (name, file string, line int, entry uintptr):
// entry 0 when pc is in no Go function.
void hook_runtime_funcinfo(FuncInfoFrame *f) {
	int up = (int)(f->pc >> INLINE_SHIFT);
	uintptr_t pc = f->pc & (((uintptr_t)1 << INLINE_SHIFT) - 1);
	const GoFuncInfo *fn = find_func(pc);
	if (!fn) {
		f->name = f->file = (GoString){0};
		f->line = 0;
		f->entry = 0;
		return;
	}
	const GoLineEntry *e = find_line(fn, pc);
	uint32_t in = e->inl, file = e->file, line = e->line;
	for (; up > 0 && in; up--) {  // the frame of the call `up` inlined calls out
		file = fn->inlined[in - 1].file;
		line = fn->inlined[in - 1].line;
		in = fn->inlined[in - 1].parent;
	}
	f->name = cstring(in ? fn->inlined[in - 1].name : fn->name);  // an inlined one as Go's FuncForPC
	f->file = cstring(fn->files[file]);
	f->line = line;
	f->entry = fn->entry;
}

typedef struct StackFrame {
	GoSlice buf;
	bool all;
	intptr_t n;
} StackFrame;

// func Stack(buf []byte, all bool) int: the calling goroutine's
// traceback (with all, every goroutine's) as a panic prints it, cut to
// fit buf.
void hook_runtime_stack(StackFrame *f) {
	RtBuf b = {0};
	if (f->all)
		sched_format_all(&b);
	else
		rt_format_traceback(&b);
	size_t skip = b.len > 0 && b.p[0] == '\n';   // the blank line a panic puts first
	size_t n = b.len - skip;
	if (n > (size_t)f->buf.len)
		n = (size_t)f->buf.len;
	if (n)
		memcpy(f->buf.ptr, b.p + skip, n);
	f->n = (intptr_t)n;
	buf_free(&b);
}

// func Breakpoint(): a breakpoint trap (SIGTRAP), as in Go.
void hook_runtime_breakpoint(void *f) { __asm__ volatile("int3"); }
