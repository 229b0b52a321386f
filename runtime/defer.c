// defer.c - the per-goroutine chain of functions with deferred calls:
// linking a frame record (runtime_deferframe_push in context.S ends
// here), registering a deferred call, and running them at return.
#include <string.h>
#include "sched.h"

void defer_frame_link(GoDeferFrame *f);
void defer_frame_link(GoDeferFrame *f) {
	G *g = sched_current();
	f->defers = NULL;
	f->link = g->frames;
	g->frames = f;
}

void runtime_deferproc(GoDeferFrame *f, void *closure, const void *args, uintptr_t argsize) {
	uintptr_t size = (argsize + 7) & ~(uintptr_t)7;
	GoDefer *d = runtime_alloc(sizeof *d + size, false);
	d->closure = closure;
	d->argsize = size;
	if (argsize)
		memcpy(d->args, args, argsize);
	d->link = f->defers;
	f->defers = d;
}

void runtime_deferreturn(GoDeferFrame *f) {
	GoDefer *d;
	while ((d = f->defers)) {
		f->defers = d->link;
		defer_call_go(d->closure, d->args, d->argsize, NULL);
	}
	// f is the innermost frame: deeper ones returned or were unwound.
	G *g = sched_cur;
	g->frames = f->link;
}
