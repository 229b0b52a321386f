// slice.c - make, append's growth rule (growslice) and copy.
#include <string.h>
#include "rt.h"
#include "sizeclasses.h"

// Go's limit on one allocation on amd64 (1 << heapAddrBits).
#define MAX_ALLOC ((uintptr_t)1 << 48)

static uint64_t zerobase;  // the array of every zero-sized slice

// Whether n elements of size es fit in one allocation.
static bool fits(uintptr_t es, intptr_t n) {
	return n >= 0 && (es == 0 || (uintptr_t)n <= MAX_ALLOC / es);
}

void runtime_makeslice(GoSlice *dst, const GoType *elem, intptr_t len, intptr_t cap) {
	uintptr_t es = elem->size;
	if (!fits(es, cap) || len < 0 || len > cap) {
		if (!fits(es, len))
			runtime_panicmakeslicelen();
		rt_panic_runtime_error("makeslice: cap out of range");
	}
	uintptr_t mem = es * (uintptr_t)cap;
	void *p = mem ? runtime_new(mem, elem) : &zerobase;
	*dst = (GoSlice){p, len, cap};
}

_Noreturn void runtime_panicmakeslicelen(void) { rt_panic_runtime_error("makeslice: len out of range"); }

// The capacity append picks before size-class rounding.
static intptr_t grown_cap(intptr_t oldcap, intptr_t need) {
	intptr_t newcap = oldcap;
	if (need > 2 * oldcap)
		return need;
	if (oldcap < 256)
		return 2 * oldcap;
	// Transition from 2x for small slices to 1.25x for large ones.
	while (newcap > 0 && newcap < need)
		newcap += (newcap + 3 * 256) / 4;
	return newcap <= 0 ? need : newcap;
}

void runtime_growslice(GoSlice *s, const GoType *elem, intptr_t newlen) {
	uintptr_t es = elem->size;
	if (newlen < 0)
		rt_panic_runtime_error("growslice: cap out of range");
	if (es == 0) {
		*s = (GoSlice){&zerobase, s->len, newlen};
		return;
	}
	intptr_t newcap = grown_cap(s->cap, newlen);
	if (!fits(es, newcap))
		rt_panic_runtime_error("growslice: cap out of range");
	uintptr_t mem = roundupsize((uintptr_t)newcap * es);
	newcap = (intptr_t)(mem / es);
	void *p = runtime_new((uintptr_t)newcap * es, elem);
	if (s->len > 0)
		memcpy(p, s->ptr, (size_t)s->len * es);
	s->ptr = p;
	s->cap = newcap;
}

intptr_t runtime_slicecopy(void *dst, intptr_t dstlen, const void *src, intptr_t srclen,
                           uintptr_t elemsize) {
	intptr_t n = dstlen < srclen ? dstlen : srclen;
	if (n > 0 && dst != src)
		memmove(dst, src, (size_t)n * elemsize);
	return n;
}
