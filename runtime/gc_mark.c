// gc_mark.c - the mark phase: roots, the mark stack, object scanning.
//
// Roots are scanned conservatively: the executable's data and bss, the
// running stack from the mutator's sp to runtime_stack_top (gc_entry.S
// pushed the callee-saved registers there), and the stacks a scheduler
// reports through runtime_gc_scan_stacks. Any word that points into an
// allocated object, interior pointers included, marks it. Heap objects are
// scanned through the pointer bitmap (heap_bits.c), which allocation wrote
// from the type's gcbits (every word for untyped blocks). Grey objects wait
// on an explicit stack.
#include "heap.h"
#include "rt.h"

#include <stdlib.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#endif

extern char __data_start[], _edata[], __bss_start[], _end[];
extern void *__libc_stack_end;

static struct {
	uintptr_t *objs;
	size_t len, cap;
} markstack;

static void push(uintptr_t obj)
{
	if (markstack.len == markstack.cap) {
		size_t cap = markstack.cap ? markstack.cap * 2 : 4096;
		uintptr_t *objs = realloc(markstack.objs, cap * sizeof *objs);
		if (!objs)
			runtime_throw_oom();
		markstack.objs = objs;
		markstack.cap = cap;
	}
	markstack.objs[markstack.len++] = obj;
}

// Marks the object containing addr, if any; true when newly marked.
static bool mark_address(uintptr_t addr)
{
	MSpan *s = mheap_spanof(addr);
	uint32_t slot;
	uintptr_t obj;
	if (!s || !(obj = mspan_objectof(s, addr, &slot)) || bit_get(s->markbits, slot))
		return false;
	bit_set(s->markbits, slot);
	if (!span_noscan(s))
		push(obj);
	return true;
}

// Conservative scan of [lo, hi): may read stack slots and redzones ASan
// considers off limits.
__attribute__((no_sanitize_address)) static void scan_range(uintptr_t lo, uintptr_t hi)
{
	for (uintptr_t p = (lo + 7) & ~(uintptr_t)7; p + 8 <= hi; p += 8)
		mark_address(*(uintptr_t *)p);
}

// The words the bitmap marks, 64 at a time. checkescape looks at the
// typed ones (an untyped block may hold stale stack-looking words).
__attribute__((no_sanitize_address)) static void scan_object(uintptr_t obj)
{
	const MSpan *s = mheap_spanof(obj);
	uint32_t slot = mspan_slot(s, obj);
	bool check = s->types && s->types[slot];
	for (uintptr_t p = obj, end = obj + s->elemsize; p < end; p += 64 * 8) {
		uint64_t bits = heapbits_at(p);
		if (end - p < 64 * 8)
			bits &= ((uint64_t)1 << (end - p) / 8) - 1;
		for (; bits; bits &= bits - 1) {
			uintptr_t word = *(uintptr_t *)(p + (uintptr_t)__builtin_ctzll(bits) * 8);
			if (check)
				gc_check_escape_slot(s, slot, word);
			mark_address(word);
		}
	}
}

// Scans grey objects until none is left. Marking is bound by the cache
// misses on the objects themselves (a tree's nodes end up spread over
// recycled slots), so an object popped from the stack is prefetched and
// waits in a small FIFO while the ones popped before it are scanned.
static void drain_markstack(void)
{
	enum { AHEAD = 8 };
	uintptr_t fifo[AHEAD];
	unsigned head = 0, n = 0;
	for (;;) {
		if (markstack.len > 0 && n < AHEAD) {
			uintptr_t obj = markstack.objs[--markstack.len];
			__builtin_prefetch((const void *)obj);
			fifo[(head + n++) % AHEAD] = obj;
		} else if (n > 0) {
			uintptr_t obj = fifo[head];
			head = (head + 1) % AHEAD;
			n--;
			scan_object(obj);
		} else {
			return;
		}
	}
}

#ifdef __SANITIZE_ADDRESS__
// With detect_stack_use_after_return, ASan moves addressable locals to
// "fake" frames off the stack; a real frame keeps a pointer to its fake
// one, so scan a fake frame when the stack points into it.
__attribute__((no_sanitize_address)) static void scan_stack_words(uintptr_t lo, uintptr_t hi)
{
	void *fake = __asan_get_current_fake_stack();
	for (uintptr_t p = (lo + 7) & ~(uintptr_t)7; p + 8 <= hi; p += 8) {
		uintptr_t w = *(uintptr_t *)p;
		void *beg, *end;
		if (fake && __asan_addr_is_in_fake_stack(fake, (void *)w, &beg, &end))
			scan_range((uintptr_t)beg, (uintptr_t)end);
		mark_address(w);
	}
}
#else
static void scan_stack_words(uintptr_t lo, uintptr_t hi) { scan_range(lo, hi); }
#endif

uintptr_t gc_stack_top(void)
{
	return runtime_stack_top ? (uintptr_t)runtime_stack_top : (uintptr_t)__libc_stack_end;
}

// Whether sp is on the stack runtime_stack_top describes; elsewhere (a
// signal stack, or atexit after main returned) the mutator's frames
// cannot be found, so collecting would be unsafe.
bool gc_on_known_stack(uintptr_t sp)
{
	uintptr_t top = gc_stack_top();
	return sp <= top && top - sp <= ((uintptr_t)1 << 30);
}

// ---- for finalizers (finalizer.c) ----

void gc_mark_word(uintptr_t word)
{
	mark_address(word);
	drain_markstack();
}

bool gc_is_marked(uintptr_t obj)
{
	MSpan *s = mheap_spanof(obj);
	uint32_t slot;
	return !s || !mspan_objectof(s, obj, &slot) || bit_get(s->markbits, slot);
}

void gc_mark_referents(uintptr_t obj)
{
	MSpan *s = mheap_spanof(obj);
	uint32_t slot;
	if (s && mspan_objectof(s, obj, &slot) && !span_noscan(s)) {
		scan_object(mspan_objectof(s, obj, &slot));
		drain_markstack();
	}
}

void gc_mark_roots_and_heap(uintptr_t sp)
{
	uintptr_t top = gc_stack_top();
	if (!gc_on_known_stack(sp))
		rt_fatal("runtime: garbage collection on a foreign stack");
	if (gc_settings.checkescape)
		gc_escape_setup();
	scan_range((uintptr_t)__data_start, (uintptr_t)_edata);
	scan_range((uintptr_t)__bss_start, (uintptr_t)_end);
	scan_stack_words(sp, top);
	if (runtime_gc_scan_stacks)
		runtime_gc_scan_stacks(scan_stack_words);
	drain_markstack();
	finalizers_mark();
}
