// allocsites.c - GOSCAPE_DEBUG=allocs=2: heap allocations counted per
// allocation site of the program, printed at exit sorted by bytes.
//
// codegen/allocsite.c gives every allocating call a record (its return
// address, "FILE:LINE:COL", source text) in the section
// goscape_allocsites. With allocs=2 the allocator calls allocsite_count,
// which follows the frame pointers from the allocator's frame to the first
// return address that is a site (runtime helpers such as makeslice sit in
// between) and charges the object there; the records are hashed by
// return address on first use. Without the setting nothing of this runs.
// Bytes are what the heap hands out: the size class's slot, a large
// object's pages, a tiny allocation's own size (Go's memory profile counts
// the same).
#include "heap.h"
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct GoAllocSite {
	uintptr_t ret;             // the call's return address
	const char *pos, *text;    // "FILE:LINE:COL", the expression
} GoAllocSite;

// Programs always have the section; the runtime's unit tests link without it.
#pragma weak __start_goscape_allocsites
#pragma weak __stop_goscape_allocsites
extern const GoAllocSite __start_goscape_allocsites[], __stop_goscape_allocsites[];

enum { MAX_WALK = 8 };         // frames between the allocator and the site

typedef struct SiteCount {
	const GoAllocSite *site;   // NULL: not attributed to a site
	uint64_t count, bytes;
} SiteCount;

static SiteCount *counts;      // one per record, then the unattributed one
static size_t nsites, *slots, nslots;   // open addressing: ret -> index + 1

static size_t hash(uintptr_t ret) { return (size_t)(ret * 0x9e3779b97f4a7c15u >> 20); }

static void build_index(void)
{
	nsites = (size_t)(__stop_goscape_allocsites - __start_goscape_allocsites);
	counts = calloc(nsites + 1, sizeof *counts);
	for (nslots = 16; nslots < 2 * nsites; nslots *= 2)
		;
	slots = calloc(nslots, sizeof *slots);
	if (!counts || !slots)
		runtime_throw_oom();
	for (size_t i = 0; i < nsites; i++) {
		const GoAllocSite *s = &__start_goscape_allocsites[i];
		counts[i].site = s;
		size_t h = hash(s->ret) & (nslots - 1);
		while (slots[h])
			h = (h + 1) & (nslots - 1);
		slots[h] = i + 1;
	}
}

static SiteCount *lookup(uintptr_t ret)
{
	for (size_t h = hash(ret) & (nslots - 1); slots[h]; h = (h + 1) & (nslots - 1))
		if (counts[slots[h] - 1].site->ret == ret)
			return &counts[slots[h] - 1];
	return NULL;
}

void allocsite_count(uintptr_t fp, uintptr_t bytes)
{
	if (!counts)
		build_index();
	SiteCount *c = &counts[nsites];
	uintptr_t top = gc_stack_top();
	for (int i = 0; i < MAX_WALK && fp % 8 == 0 && fp < top - 16; i++) {
		SiteCount *hit = lookup(((uintptr_t *)fp)[1]);
		if (hit) {
			c = hit;
			break;
		}
		uintptr_t next = ((uintptr_t *)fp)[0];
		if (next <= fp)
			break;
		fp = next;
	}
	c->count++;
	c->bytes += bytes;
}

static int by_bytes(const void *a, const void *b)
{
	const SiteCount *x = a, *y = b;
	if (x->bytes != y->bytes)
		return x->bytes < y->bytes ? 1 : -1;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	if (!x->site || !y->site)
		return !x->site - !y->site;
	return strcmp(x->site->pos, y->site->pos);
}

void allocsite_report(void)
{
	if (!counts)
		return;   // nothing was allocated
	qsort(counts, nsites + 1, sizeof *counts, by_bytes);
	RtBuf b = {0};
	buf_printf(&b, "goscape: heap allocations by site (bytes, count, site, expression)\n");
	for (size_t i = 0; i <= nsites && counts[i].count; i++) {
		const GoAllocSite *s = counts[i].site;
		buf_printf(&b, "%12llu %8llu  %s  %s\n", (unsigned long long)counts[i].bytes,
		           (unsigned long long)counts[i].count, s ? s->pos : "(runtime)", s ? s->text : "-");
	}
	rt_stderr_write(b.p, b.len);
	buf_free(&b);
}
