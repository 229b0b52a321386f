// mspan.c - one span's slots: finding a free slot, mapping an address to
// its object, and the per-object side arrays.
//
// allocbits has a 1 for every slot in use; sweeping replaces it with the
// mark bits. freeindex only moves forward between sweeps, so finding the
// next free slot is a count-trailing-zeros over the inverted bitmap.
#include "heap.h"

#include <stdlib.h>
#include <string.h>

void mspan_init(MSpan *s, unsigned spanclass, uintptr_t elemsize, uint32_t nelems)
{
	s->spanclass = spanclass;
	s->elemsize = elemsize;
	s->nelems = nelems;
	s->freeindex = 0;
	s->allocated = 0;
	// Exact for every offset inside a span of a size class (Go's divMul);
	// a large span has one object, at offset 0.
	s->divmul = nelems > 1 ? (uint32_t)(UINT32_MAX / elemsize + 1) : 0;
	memset(s->allocbits, 0, sizeof s->allocbits);
	memset(s->markbits, 0, sizeof s->markbits);
	s->types = NULL;
	s->allocpc = NULL;
	if ((spanclass & 1) || !gc_settings.checkescape)
		return;                // noscan spans are never scanned, never checked
	if (!(s->types = calloc(nelems, sizeof *s->types)) || !(s->allocpc = calloc(nelems, sizeof *s->allocpc)))
		runtime_throw_oom();
}

bool mspan_nextfree(MSpan *s, uint32_t *slot)
{
	for (uint32_t i = s->freeindex; i < s->nelems; ) {
		uint64_t freebits = ~s->allocbits[i / 64] >> (i % 64);
		if (freebits == 0) {
			i = (i / 64 + 1) * 64;
			continue;
		}
		i += __builtin_ctzll(freebits);
		if (i >= s->nelems)
			break;
		bit_set(s->allocbits, i);
		s->allocated++;
		s->freeindex = i + 1;
		*slot = i;
		return true;
	}
	s->freeindex = s->nelems;
	return false;
}

void mspan_release(MSpan *s)
{
	free(s->types);
	free(s->allocpc);
	s->types = NULL;
	s->allocpc = NULL;
	mheap_free(s);
}
