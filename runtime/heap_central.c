// heap_central.c - the mcentrals: per span class, the spans not in the
// mcache, split into those with a free slot and those without; plus the
// list of large-object spans. Sweeping happens here, eagerly, for every
// span at the end of each collection.
#include "heap.h"

#include <stdlib.h>

static struct {
	SpanList partial[NUM_SPAN_CLASSES];  // at least one free slot
	SpanList full[NUM_SPAN_CLASSES];
	SpanList large;                      // one object per span
} central;

MSpan *mcentral_cachespan(unsigned spanclass)
{
	MSpan *s = central.partial[spanclass].first;
	if (s) {
		spanlist_remove(&central.partial[spanclass], s);
	} else {
		unsigned sizeclass = spanclass >> 1;
		uintptr_t npages = class_to_npages[sizeclass];
		uintptr_t elemsize = class_to_size[sizeclass];
		if (!(s = mheap_alloc(npages)))
			return NULL;
		mspan_init(s, spanclass, elemsize, (uint32_t)(npages * PAGE_SIZE / elemsize));
	}
	return s;
}

static void file_span(MSpan *s)
{
	SpanList *l = s->allocated < s->nelems ? &central.partial[s->spanclass] : &central.full[s->spanclass];
	spanlist_insert_after(l, NULL, s);
}

void mcentral_uncache(MSpan *s) { file_span(s); }

void mcentral_addlarge(MSpan *s)
{
	spanlist_insert_after(&central.large, NULL, s);
}

// The marked objects become the allocated ones. Returns the live bytes;
// a span with no survivor goes back to the mheap.
static uintptr_t sweep_span(MSpan *s)
{
	uint32_t live = 0;
	for (int w = 0; w < SPAN_BITMAP_WORDS; w++) {
		live += (uint32_t)__builtin_popcountll(s->markbits[w]);
		s->allocbits[w] = s->markbits[w];
		s->markbits[w] = 0;
	}
	if (live < s->allocated) {
		s->needzero = true;
		heap_stats.nfreed += s->allocated - live;
	}
	s->allocated = live;
	s->freeindex = 0;
	if (live == 0) {
		mspan_release(s);
		return 0;
	}
	return (uintptr_t)live * s->elemsize;
}

// Sweeps a detached list, re-filing the spans that keep a live object.
static uintptr_t sweep_list(MSpan *s, void (*refile)(MSpan *s))
{
	uintptr_t live = 0;
	while (s) {
		MSpan *next = s->next;
		s->next = s->prev = NULL;
		uintptr_t bytes = sweep_span(s);
		if (bytes)
			refile(s);
		live += bytes;
		s = next;
	}
	return live;
}

uintptr_t mcentral_sweepall(void)
{
	uintptr_t live = 0;
	for (int c = 0; c < NUM_SPAN_CLASSES; c++) {
		MSpan *partial = central.partial[c].first, *full = central.full[c].first;
		central.partial[c].first = central.full[c].first = NULL;
		live += sweep_list(partial, file_span) + sweep_list(full, file_span);
	}
	MSpan *large = central.large.first;
	central.large.first = NULL;
	return live + sweep_list(large, mcentral_addlarge);
}

static void foreach_list(SpanList *l, void (*fn)(MSpan *s))
{
	for (MSpan *s = l->first, *next; s; s = next) {
		next = s->next;
		fn(s);
	}
}

static void census_list(const SpanList *l, uint32_t *nspans, SpanCensus *c)
{
	for (const MSpan *s = l->first; s; s = s->next) {
		(*nspans)++;
		c->objects += s->allocated;
		c->pages += s->npages;
	}
}

SpanCensus mcentral_census(unsigned spanclass)
{
	SpanCensus c = {0};
	if (spanclass == NUM_SPAN_CLASSES) {
		census_list(&central.large, &c.full, &c);
		return c;
	}
	census_list(&central.partial[spanclass], &c.partial, &c);
	census_list(&central.full[spanclass], &c.full, &c);
	return c;
}

void mcentral_foreach(void (*fn)(MSpan *s))
{
	for (int c = 0; c < NUM_SPAN_CLASSES; c++) {
		foreach_list(&central.partial[c], fn);
		foreach_list(&central.full[c], fn);
	}
	foreach_list(&central.large, fn);
}
