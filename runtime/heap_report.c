// heap_report.c - GOSCAPE_DEBUG=heap=1: the allocator's supply chain at
// exit, mheap -> mcentral -> mcache -> mspan, with real numbers:
//
//	goscape: heap supply chain at exit
//	class  size  kind    mcache  partial  full  pages  objects  bytes
//	    3    24  scan         1        0     1      2     1300  31200
//	large objects                        1      5        1  40960
//	mheap: 7 pages in use (57344 bytes), 3 free, 8182 returned to the OS or never touched (8192 mapped)
//	objects: 1301 in use = 1400 handed out - 99 freed by sweeping
//
// One row per span class with a span anywhere: the class's object size,
// "scan" or "noscan" (the two span classes of a size class), the mcache's
// current span (0 or 1), the mcentral's spans with a free slot and
// without, their pages, the slots in use and their bytes. A tiny block
// is one 16-byte noscan object. Pages in use are the mapped pages not in
// a free run; the last line ties the rows to the allocation counters.
#include "heap.h"
#include "rt.h"

void heap_supply_report(void)
{
	RtBuf b = {0};
	buf_printf(&b, "goscape: heap supply chain at exit\n"
	               "class  size  kind    mcache  partial  full  pages  objects  bytes\n");
	uint64_t objects = 0;
	for (unsigned c = 0; c < NUM_SPAN_CLASSES; c++) {
		SpanCensus n = mcentral_census(c);
		const MSpan *cached = mcache_span(c);
		if (cached) {
			n.objects += cached->allocated;
			n.pages += cached->npages;
		}
		if (!cached && !n.partial && !n.full)
			continue;
		uint64_t size = class_to_size[c >> 1];
		buf_printf(&b, "%5u %5llu  %-6s  %6d  %7u  %4u  %5llu  %7llu  %llu\n", c >> 1, (unsigned long long)size,
		           c & 1 ? "noscan" : "scan", cached != NULL, n.partial, n.full, (unsigned long long)n.pages,
		           (unsigned long long)n.objects, (unsigned long long)(n.objects * size));
		objects += n.objects;
	}
	SpanCensus large = mcentral_census(NUM_SPAN_CLASSES);
	buf_printf(&b, "large objects %31u  %5llu  %7llu  %llu\n", large.full, (unsigned long long)large.pages,
	           (unsigned long long)large.objects, (unsigned long long)(large.pages * PAGE_SIZE));
	objects += large.objects;
	uintptr_t mapped = mheap_mapped_bytes() / PAGE_SIZE, free = mheap_free_pages();
	uintptr_t released = mheap_released_bytes() / PAGE_SIZE;
	buf_printf(&b, "mheap: %lu pages in use (%lu bytes), %lu free, %lu returned to the OS or never touched (%lu mapped)\n",
	           (unsigned long)(mapped - free), (unsigned long)((mapped - free) * PAGE_SIZE),
	           (unsigned long)(free - released), (unsigned long)released, (unsigned long)mapped);
	buf_printf(&b, "objects: %llu in use = %llu handed out - %llu freed by sweeping\n", (unsigned long long)objects,
	           (unsigned long long)heap_stats.nobjects, (unsigned long long)heap_stats.nfreed);
	rt_stderr_write(b.p, b.len);
	buf_free(&b);
}
