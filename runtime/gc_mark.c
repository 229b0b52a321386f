// gc_mark.c - the mark phase: roots, the mark stack, object scanning.
//
// Roots are scanned conservatively: the executable's data and bss, the
// running stack from the mutator's sp to runtime_stack_top (gc_entry.S
// pushed the callee-saved registers there), and the stacks a scheduler
// reports through runtime_gc_scan_stacks. Any word that points into an
// allocated object, interior pointers included, marks it. Heap objects are
// scanned precisely with their type's gcbits when runtime_new had a type
// (repeating the element bitmap every type->size bytes for arrays) and
// conservatively otherwise. Grey objects wait on an explicit stack.
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

static void scan_typed(const MSpan *s, uint32_t slot, uintptr_t obj, const GoType *t)
{
	uintptr_t end = obj + s->elemsize, nwords = t->ptrdata / 8;
	for (uintptr_t elem = obj; elem < end; elem += t->size) {
		for (uintptr_t w = 0; w < nwords && elem + w * 8 < end; w++) {
			if (!(t->gcbits[w / 8] >> (w % 8) & 1))
				continue;
			uintptr_t word = *(uintptr_t *)(elem + w * 8);
			if (s->allocpc)
				gc_check_escape_slot(s, slot, word);
			mark_address(word);
		}
	}
}

static void scan_object(uintptr_t obj)
{
	MSpan *s = mheap_spanof(obj);
	uint32_t slot = (uint32_t)((obj - s->base) / s->elemsize);
	const GoType *t = s->types[slot];
	// A descriptor without a bitmap is treated like no descriptor at all.
	if (t && t->size > 0 && t->gcbits)
		scan_typed(s, slot, obj, t);
	else
		scan_range(obj, obj + s->elemsize);
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
	while (markstack.len > 0)
		scan_object(markstack.objs[--markstack.len]);
}
