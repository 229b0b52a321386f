// heap_bits.c - the pointer bitmap: one bit per word of the heap, set for
// the words of scan objects that the collector reads. It is written when an
// object is allocated, from its type, and read by the mark phase; noscan
// spans never touch it. It replaces a type pointer per object, which cost
// 8 bytes for every 16-byte object, with 1 bit per word (1/64 of the heap).
#include "heap.h"

static uint64_t low_bits(uintptr_t n) { return n >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1; }

// Sets (on) or clears bits [i, i+n) of the bitmap.
static void set_range(uintptr_t i, uintptr_t n, bool on)
{
	uint64_t *bits = heap_index.ptrbits;
	while (n > 0) {
		uintptr_t sh = i % 64, k = 64 - sh < n ? 64 - sh : n;
		uint64_t mask = low_bits(k) << sh;
		if (on)
			bits[i / 64] |= mask;
		else
			bits[i / 64] &= ~mask;
		i += k;
		n -= k;
	}
}

void heapbits_set(uintptr_t obj, uintptr_t size, uintptr_t slotsize, const GoType *type)
{
	uintptr_t first = (obj - heap_base()) / 8, nwords = (size + 7) / 8, slotwords = slotsize / 8;
	// The common case, one small object whose slot lies in one bitmap
	// word: a single masked store.
	if (first % 64 + slotwords <= 64 && (!type || size == type->size)) {
		uint64_t bits = low_bits(nwords);
		if (type) {
			uintptr_t ptrwords = type->ptrdata / 8;
			bits = 0;
			for (uintptr_t b = 0; b < (ptrwords + 7) / 8; b++)
				bits |= (uint64_t)type->gcbits[b] << (8 * b);
			bits &= low_bits(ptrwords);
		}
		uint64_t *word = &heap_index.ptrbits[first / 64];
		*word = (*word & ~(low_bits(slotwords) << first % 64)) | bits << first % 64;
		return;
	}
	set_range(first, slotwords, false);   // the slot's previous object
	// Conservative blocks and arrays of single pointers: every word.
	if (!type || (type->size == 8 && type->ptrdata == 8)) {
		set_range(first, nwords, true);
		return;
	}
	uintptr_t elemwords = type->size / 8, ptrwords = type->ptrdata / 8;
	for (uintptr_t e = 0; e < nwords; e += elemwords)
		for (uintptr_t w = 0; w < ptrwords && e + w < nwords; w++)
			if (type->gcbits[w / 8] >> (w % 8) & 1) {
				uintptr_t i = first + e + w;
				heap_index.ptrbits[i / 64] |= (uint64_t)1 << (i % 64);
			}
}
