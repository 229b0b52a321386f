// hooks_lib.c - the body-less functions of goscape's own Go packages:
// lib/runtime and reflect.getitab (runtime.GOROOT, which reads the
// environment, is in hooks_syscall.c). Entry points in hooks.S: each gets
// the address of its Go argument block, arguments then results in 8-byte
// slots.
#include <stdlib.h>
#include <string.h>
#include "rt.h"
#include "heap.h"

// runtime.GC(): a collection, then the other goroutines get to run, as
// they do in Go while the caller waits for the concurrent mark (a
// goroutine calling GC in a loop would otherwise starve the rest).
void hook_runtime_gc(void *args) {
	runtime_gc();
	runtime_gosched();
}

// runtime.Gosched()
void hook_runtime_gosched(void *args) {
	runtime_gosched();
}

// runtime.NumGoroutine() int
void hook_runtime_numgoroutine(intptr_t *result) {
	*result = runtime_numgoroutine();
}

// runtime.NumCPU() int
void hook_runtime_numcpu(intptr_t *result) {
	*result = runtime_numcpu();
}

// reflect.getitab(inter, typ *rtype, canfail bool) unsafe.Pointer
typedef struct GetitabArgs {
	const GoType *inter, *type;
	bool canfail;
	const GoItab *result;
} GetitabArgs;

void hook_reflect_getitab(GetitabArgs *a) {
	a->result = runtime_getitab(a->inter, a->type, a->canfail);
}

// runtime.readHeapCounters(c *heapCounters) (lib/runtime/mem.go)
typedef struct HeapCounters {
	uint64_t live, total_alloc, heap_sys, mallocs, frees, goal, pause_ns, ngc;
} HeapCounters;

void hook_runtime_readheapcounters(HeapCounters **f) {
	HeapCounters *c = f[0];
	c->live = heap_stats.heap_live;
	c->total_alloc = heap_stats.nallocbytes;
	c->heap_sys = mheap_mapped_bytes();
	// As Go's: an allocation inside the current tiny block counts as a
	// malloc and, having no slot of its own, as a free.
	c->mallocs = heap_stats.nobjects + heap_stats.ntiny;
	c->frees = heap_stats.nfreed + heap_stats.ntiny;
	c->goal = heap_stats.heap_goal;
	c->pause_ns = heap_stats.pause_ns;
	c->ngc = heap_stats.ngc;
}

// runtime.throw(s string): a fatal error, not a panic.
void hook_runtime_throw(GoString *s) {
	char *msg = malloc((size_t)s->len + 1);
	memcpy(msg, s->ptr, (size_t)s->len);
	msg[s->len] = 0;
	rt_fatal(msg);
}
