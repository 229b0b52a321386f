// finalizer.c - runtime.SetFinalizer (lib/runtime/finalizer.go). The
// table of objects with finalizers lives in malloc'd memory, so it does
// not keep them alive; at the end of each mark phase (finalizers_mark,
// called by gc_mark.c) the finalizers themselves are marked, then what
// each finalizable object points to (so that of a chain of them only the
// first is finalized, as in Go), and every object still unmarked moves to
// the queue, marked: it survives this collection. A goroutine of the
// runtime's own (not counted by NumGoroutine, hidden from tracebacks)
// runs the queue, calling each finalizer with its object; queued objects
// and finalizers are marked each cycle until they ran.
#include <stdlib.h>
#include <string.h>
#include "heap.h"
#include "sched.h"

typedef struct Finalizer {
	uintptr_t obj;
	void *fn;               // the finalizer's closure
	const GoType *ot;       // obj's type, for a finalizer taking an interface
	bool iface;
	uintptr_t argsize;      // of the finalizer's argument block (its results too)
} Finalizer;

typedef struct FinList {
	Finalizer *v;
	size_t len, cap;
} FinList;

static FinList table, queue;
static G *fing;             // the goroutine running finalizers
static bool fing_waiting;

static void list_push(FinList *l, Finalizer f) {
	if (l->len == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		Finalizer *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			runtime_throw_oom();
		l->v = v;
		l->cap = cap;
	}
	l->v[l->len++] = f;
}

static void run_finalizers(void *arg) {
	for (;;) {
		while (queue.len == 0) {
			fing_waiting = true;
			sched_park("finalizer wait");
		}
		Finalizer f = queue.v[0];
		memmove(queue.v, queue.v + 1, --queue.len * sizeof *queue.v);
		// the block has room for the results (ignored, as in Go)
		uintptr_t *args = runtime_alloc(f.argsize < 16 ? 16 : f.argsize, false);
		if (f.iface) {
			args[0] = (uintptr_t)f.ot;
			args[1] = f.obj;
		} else {
			args[0] = f.obj;
		}
		runtime_call_go(*(void **)f.fn, args, f.argsize, f.fn);
	}
}

typedef struct SetFinalizerArgs {
	uintptr_t obj;
	void *fn;
	const GoType *ot;
	bool iface;
	uintptr_t argsize;
} SetFinalizerArgs;

// func setFinalizer(obj, fn unsafe.Pointer, ot *typeHeader, iface bool)
void hook_runtime_setfinalizer(SetFinalizerArgs *a) {
	MSpan *s = mheap_spanof(a->obj);
	uint32_t slot;
	uintptr_t start = s ? mspan_objectof(s, a->obj, &slot) : 0;
	if (!start)
		return;   // a global or a zero-size object: never collected, as in Go
	if (start != a->obj && s->elemsize > 16)   // tiny blocks share a slot
		rt_fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
	for (size_t i = 0; i < table.len; i++) {
		if (table.v[i].obj != a->obj)
			continue;
		if (a->fn)
			rt_fatal("runtime.SetFinalizer: finalizer already set");
		table.v[i] = table.v[--table.len];
		return;
	}
	if (!a->fn)
		return;
	list_push(&table, (Finalizer){a->obj, a->fn, a->ot, a->iface, a->argsize});
	if (!fing) {
		fing = sched_go_c(run_finalizers, NULL);
		fing->system = true;
	}
}

void finalizers_mark(void) {
	for (size_t i = 0; i < table.len; i++)
		gc_mark_word((uintptr_t)table.v[i].fn);
	for (size_t i = 0; i < queue.len; i++) {
		gc_mark_word(queue.v[i].obj);
		gc_mark_word((uintptr_t)queue.v[i].fn);
		gc_mark_word((uintptr_t)queue.v[i].ot);
	}
	for (size_t i = 0; i < table.len; i++)
		gc_mark_referents(table.v[i].obj);
	// Decide for every object before marking any: objects sharing a tiny
	// block would otherwise be kept by the first one queued.
	size_t kept = 0, first = queue.len;
	for (size_t i = 0; i < table.len; i++) {
		Finalizer f = table.v[i];
		if (gc_is_marked(f.obj))
			table.v[kept++] = f;
		else
			list_push(&queue, f);
	}
	table.len = kept;
	for (size_t i = first; i < queue.len; i++)
		gc_mark_word(queue.v[i].obj);
	if (queue.len > 0 && fing_waiting) {
		fing_waiting = false;
		sched_ready(fing);
	}
}
