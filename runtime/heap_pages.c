// heap_pages.c - the mheap: pages from the OS, free page runs, page -> span table.
//
// The heap is one reserved range of address space (PROT_NONE), committed
// 64 MiB arena by arena as it grows; like Go we ask for it at
// 0x00c000000000 so heap pointers look familiar, and take whatever the
// kernel gives when that hint is taken (e.g. by ASan's shadow gap).
//
// Free runs of pages are kept in exact-size lists for runs below 128
// pages and one address-ordered list for the rest (the scheme of Go 1.4's
// mheap.c). The span table has one entry per page: every page of an
// in-use span points to it, a free span is recorded at its first and last
// page so that freeing can coalesce with the neighbours. Span descriptors
// are recycled but never returned to malloc, so a stale table entry always
// points to some valid MSpan and mheap_spanof only has to check the range.
#include "heap.h"

#include <stdlib.h>
#include <sys/mman.h>

enum {
	ARENA_SIZE = 64 << 20,
	ARENA_PAGES = ARENA_SIZE / PAGE_SIZE,
	FREE_LISTS = 128,          // exact lists for runs of 1..127 pages
};

HeapIndex heap_index;

static struct {
	uintptr_t reserved;        // bytes of address space from the heap base
	SpanList free[FREE_LISTS]; // free[n]: runs of n pages; free[0]: runs >= 128 pages
	MSpan *spare;              // recycled span descriptors
	uintptr_t released;        // bytes of free runs returned to the OS (or never touched)
} mheap;

static MSpan *span_new(void)
{
	MSpan *s = mheap.spare;
	if (s)
		mheap.spare = s->next;
	else if (!(s = malloc(sizeof *s)))
		runtime_throw_oom();
	*s = (MSpan){0};
	return s;
}

static void span_recycle(MSpan *s)
{
	s->state = SPAN_FREE;
	s->npages = 0;             // so stale table entries never match an address
	s->next = mheap.spare;
	mheap.spare = s;
}

static void record_all_pages(MSpan *s)
{
	uintptr_t p = page_index(s->base);
	for (uintptr_t i = 0; i < s->npages; i++)
		heap_index.spans[p + i] = s;
}

static void record_ends(MSpan *s)
{
	uintptr_t p = page_index(s->base);
	heap_index.spans[p] = s;
	heap_index.spans[p + s->npages - 1] = s;
}

static void reserve(void)
{
	// Try 64 GiB of address space, settling for less if the system refuses.
	for (uintptr_t size = (uintptr_t)64 << 30; size >= ARENA_SIZE; size /= 2) {
		// One page more, to align the start to the 8 KiB heap page.
		void *p = mmap((void *)0xc000000000, size + PAGE_SIZE, PROT_NONE,
		               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED)
			continue;
		// The table costs 8 bytes per page and the pointer bitmap one bit
		// per word (plus a word, read past the end by heapbits_at), both
		// touched lazily.
		uintptr_t tsize = size / PAGE_SIZE * sizeof(MSpan *), bsize = size / 64 + 8;
		void *t = mmap(NULL, tsize + bsize, PROT_READ | PROT_WRITE,
		               MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (t == MAP_FAILED) {
			munmap(p, size + PAGE_SIZE);
			continue;
		}
		heap_index.basepage = ((uintptr_t)p + PAGE_SIZE - 1) >> PAGE_SHIFT;
		mheap.reserved = size;
		heap_index.spans = t;
		heap_index.ptrbits = (uint64_t *)((char *)t + tsize);
		return;
	}
	runtime_throw_oom();
}

static SpanList *free_list_for(uintptr_t npages) { return &mheap.free[npages < FREE_LISTS ? npages : 0]; }

// Puts free span s in its list; the large list stays ordered by address.
static void insert_free(MSpan *s)
{
	SpanList *l = free_list_for(s->npages);
	MSpan *at = NULL;
	if (l == &mheap.free[0])
		for (MSpan *n = l->first; n && n->base < s->base; n = n->next)
			at = n;
	spanlist_insert_after(l, at, s);
	record_ends(s);
	if (s->scavenged)
		mheap.released += s->npages * PAGE_SIZE;
}

static void remove_free(MSpan *s)
{
	spanlist_remove(free_list_for(s->npages), s);
	if (s->scavenged)
		mheap.released -= s->npages * PAGE_SIZE;
}

// Absorbs free neighbour n into free span s (n is out of every list).
static void absorb(MSpan *s, MSpan *n)
{
	if (n->base < s->base)
		s->base = n->base;
	s->npages += n->npages;
	s->needzero |= n->needzero;
	if (n->idlesince > s->idlesince)
		s->idlesince = n->idlesince;
	span_recycle(n);
}

// The free span at addr if it can merge with s: only runs in the same
// state (released or resident) merge, so the released bytes stay exact.
static MSpan *free_neighbour(const MSpan *s, uintptr_t addr)
{
	if (addr - heap_base() >= heap_index.committed)
		return NULL;
	MSpan *n = heap_index.spans[page_index(addr)];
	if (!n || n->state != SPAN_FREE || n->npages == 0 || n->scavenged != s->scavenged)
		return NULL;
	if (addr < n->base || addr >= n->base + n->npages * PAGE_SIZE)
		return NULL;
	return n;
}

// Coalesces s with free neighbours and files it.
static void add_free(MSpan *s)
{
	s->state = SPAN_FREE;
	MSpan *n;
	if ((n = free_neighbour(s, s->base - PAGE_SIZE))) {
		remove_free(n);
		absorb(s, n);
	}
	if ((n = free_neighbour(s, s->base + s->npages * PAGE_SIZE))) {
		remove_free(n);
		absorb(s, n);
	}
	insert_free(s);
}

// Commits at least npages more pages; false when the reservation is used up.
static bool grow(uintptr_t npages)
{
	uintptr_t bytes = (npages + ARENA_PAGES - 1) / ARENA_PAGES * ARENA_SIZE;
	if (bytes > mheap.reserved - heap_index.committed)
		return false;
	uintptr_t at = heap_base() + heap_index.committed;
	if (mprotect((void *)at, bytes, PROT_READ | PROT_WRITE) != 0)
		return false;
	heap_index.committed += bytes;
	MSpan *s = span_new();
	s->base = at;
	s->npages = bytes / PAGE_SIZE;
	s->scavenged = true;       // never touched: costs no memory, reads as zero
	add_free(s);
	return true;
}

static MSpan *find_free(uintptr_t npages)
{
	for (uintptr_t n = npages; n < FREE_LISTS; n++)
		if (mheap.free[n].first)
			return mheap.free[n].first;
	// Best fit among the large runs, lowest address on ties.
	MSpan *best = NULL;
	for (MSpan *s = mheap.free[0].first; s; s = s->next)
		if (s->npages >= npages && (!best || s->npages < best->npages))
			best = s;
	return best;
}

MSpan *mheap_alloc(uintptr_t npages)
{
	if (!heap_index.basepage)
		reserve();
	if (npages == 0 || npages > mheap.reserved / PAGE_SIZE)
		return NULL;
	MSpan *s = find_free(npages);
	if (!s) {
		if (!grow(npages))
			return NULL;
		s = find_free(npages);
	}
	remove_free(s);
	if (s->npages > npages) {
		MSpan *rest = span_new();
		rest->base = s->base + npages * PAGE_SIZE;
		rest->npages = s->npages - npages;
		rest->needzero = s->needzero;
		rest->scavenged = s->scavenged;
		rest->idlesince = s->idlesince;
		rest->state = SPAN_FREE;
		insert_free(rest);
		s->npages = npages;
	}
	s->state = SPAN_INUSE;
	s->scavenged = false;
	record_all_pages(s);
	return s;
}

void mheap_free(MSpan *s)
{
	s->needzero = true;
	s->scavenged = false;
	s->idlesince = heap_stats.ngc;
	add_free(s);
}

static uintptr_t resident_bytes(void) { return heap_index.committed - mheap.released; }

void mheap_scavenge(uint32_t cycle, uintptr_t retain)
{
	if (resident_bytes() <= retain)
		return;
	// Collect first: releasing a span re-files it merged with its
	// released neighbours. Those were never candidates themselves, since
	// two resident free neighbours are always merged already. Largest
	// runs first: free[0], then free[127] down to free[1].
	size_t n = 0, cap = 0;
	MSpan **todo = NULL;
	for (int i = 0; i < FREE_LISTS; i++)
		for (MSpan *s = mheap.free[i ? FREE_LISTS - i : 0].first; s; s = s->next) {
			if (s->scavenged || s->idlesince >= cycle)
				continue;
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				if (!(todo = realloc(todo, cap * sizeof *todo)))
					runtime_throw_oom();
			}
			todo[n++] = s;
		}
	for (size_t i = 0; i < n && resident_bytes() > retain; i++) {
		MSpan *s = todo[i];
		// Pages given back with MADV_DONTNEED read as zero afterwards.
		if (madvise((void *)s->base, s->npages * PAGE_SIZE, MADV_DONTNEED) != 0)
			continue;
		remove_free(s);
		s->scavenged = true;
		s->needzero = false;
		add_free(s);
	}
	free(todo);
}

uintptr_t mheap_mapped_bytes(void) { return heap_index.committed; }
uintptr_t mheap_released_bytes(void) { return mheap.released; }

uintptr_t mheap_free_pages(void)
{
	uintptr_t n = 0;
	for (int i = 0; i < FREE_LISTS; i++)
		for (MSpan *s = mheap.free[i].first; s; s = s->next)
			n += s->npages;
	return n;
}
