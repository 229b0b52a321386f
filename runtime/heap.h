// heap.h - internal interface of goscape's garbage-collected heap.
//
// The supply chain mirrors Go's: an allocation takes a slot from the
// mcache's current span of its span class; a full span goes back to the
// span class's mcentral, which hands out another partly free span or asks
// the mheap for fresh pages; the mheap carves pages out of arenas it maps
// from the OS. Objects above 32 KiB get a span of their own straight from
// the mheap. The collector (gc*.c) marks from the roots and sweeps every
// span eagerly, stopping the (single-threaded) world.
//
// All metadata lives off the GC heap: span descriptors are malloc'd, the
// page -> span table and the pointer bitmap (one bit per heap word, written
// at allocation from the object's type) are mappings of their own, so any
// address maps to its span, object and pointer words in O(1).
#ifndef GOSCAPE_HEAP_H
#define GOSCAPE_HEAP_H

#include "goscape.h"
#include "sizeclasses.h"     // class_to_size, class_to_npages (the runtime helper's)

#include <stdbool.h>
#include <stdint.h>

enum {
	PAGE_SHIFT = 13,
	PAGE_SIZE = 1 << PAGE_SHIFT,           // 8 KiB pages, as in Go
	NUM_SPAN_CLASSES = NUM_SIZE_CLASSES * 2, // sizeclass<<1 | noscan
	MAX_SPAN_OBJECTS = PAGE_SIZE / 8,      // class 1: 1024 objects of 8 bytes
	SPAN_BITMAP_WORDS = MAX_SPAN_OBJECTS / 64,
	ALLOC_FRAMES = 4,                      // return addresses kept per object by checkescape
};

enum { SPAN_FREE, SPAN_INUSE };

// A span is a run of pages: either free (owned by the mheap) or in use,
// holding nelems objects of elemsize bytes of one span class.
typedef struct MSpan MSpan;
struct MSpan {
	MSpan *next, *prev;        // in a free list, an mcentral list or the large list
	uintptr_t base;            // address of the first page
	uintptr_t npages;
	uint8_t state;             // SPAN_FREE or SPAN_INUSE
	uint8_t spanclass;         // sizeclass<<1 | noscan
	bool needzero;             // memory may be dirty: clear objects when allocating
	bool scavenged;            // free and returned to the OS (reads as zero)
	uint32_t idlesince;        // free spans: GC cycle in which they became free
	uintptr_t elemsize;
	uint32_t nelems;
	uint32_t freeindex;        // no free slot below this index
	uint32_t allocated;        // slots in use
	uint32_t divmul;           // slot = offset * divmul >> 32 (Go's divMul; no division while marking)
	uint64_t allocbits[SPAN_BITMAP_WORDS];
	uint64_t markbits[SPAN_BITMAP_WORDS];
	// checkescape, scan spans only: per-object type (NULL: conservative)
	// and allocation site, for the violation message.
	const GoType **types;
	uintptr_t (*allocpc)[ALLOC_FRAMES];
};

// A NULL-terminated, doubly linked list of spans through next/prev.
typedef struct SpanList { MSpan *first; } SpanList;

static inline void spanlist_insert_after(SpanList *l, MSpan *at, MSpan *s)
{
	s->prev = at;
	s->next = at ? at->next : l->first;
	if (s->next)
		s->next->prev = s;
	if (at)
		at->next = s;
	else
		l->first = s;
}

static inline void spanlist_remove(SpanList *l, MSpan *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		l->first = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

static inline unsigned span_sizeclass(const MSpan *s) { return s->spanclass >> 1; }
static inline bool span_noscan(const MSpan *s) { return s->spanclass & 1; }
static inline bool bit_get(const uint64_t *bits, uint32_t i) { return bits[i / 64] >> (i % 64) & 1; }
static inline void bit_set(uint64_t *bits, uint32_t i) { bits[i / 64] |= (uint64_t)1 << (i % 64); }

// ---- mheap (heap_pages.c): pages from the OS ----
MSpan *mheap_alloc(uintptr_t npages);   // in-use span; NULL when the heap is exhausted
void mheap_free(MSpan *s);              // give the pages back; coalesces neighbours
// Returns free pages idle for a whole cycle to the OS until the resident
// heap is down to retain bytes.
void mheap_scavenge(uint32_t cycle, uintptr_t retain);
uintptr_t mheap_mapped_bytes(void);
uintptr_t mheap_released_bytes(void);
uintptr_t mheap_free_pages(void);       // in free runs, released or not

// The page -> span table, inline because marking asks it for every word.
// The heap's start is kept as a page number: the data segment is a GC
// root, and a pointer-like word here would keep the first object alive.
typedef struct HeapIndex {
	uintptr_t basepage;        // heap base >> PAGE_SHIFT
	uintptr_t committed;       // bytes from the base in use by arenas
	MSpan **spans;             // page index -> span (see heap_pages.c)
	uint64_t *ptrbits;         // word index -> 1 if the GC scans it (scan spans; heap_bits.c)
} HeapIndex;
extern HeapIndex heap_index;

static inline uintptr_t heap_base(void) { return heap_index.basepage << PAGE_SHIFT; }
static inline uintptr_t page_index(uintptr_t addr) { return (addr - heap_base()) >> PAGE_SHIFT; }

// The in-use span holding addr, or NULL (outside the heap, or free pages).
static inline MSpan *mheap_spanof(uintptr_t addr)
{
	if (addr - heap_base() >= heap_index.committed)
		return NULL;
	MSpan *s = heap_index.spans[page_index(addr)];
	if (!s || s->state != SPAN_INUSE || addr < s->base || addr - s->base >= s->npages * PAGE_SIZE)
		return NULL;
	return s;
}

// ---- pointer bitmap (heap_bits.c) ----
// Records which words of a scan object hold pointers: type's gcbits
// repeated every type->size bytes over size bytes, every word when type is
// NULL (conservative); the rest of the slotsize-byte slot is cleared.
void heapbits_set(uintptr_t obj, uintptr_t size, uintptr_t slotsize, const GoType *type);

// The 64 bitmap bits of the words from addr on (bit 0: addr's word).
static inline uint64_t heapbits_at(uintptr_t addr)
{
	uintptr_t i = (addr - heap_base()) / 8, sh = i % 64;
	const uint64_t *w = heap_index.ptrbits + i / 64;
	return sh ? w[0] >> sh | w[1] << (64 - sh) : w[0];
}

// ---- mspan (mspan.c) ----
void mspan_init(MSpan *s, unsigned spanclass, uintptr_t elemsize, uint32_t nelems);
bool mspan_nextfree(MSpan *s, uint32_t *slot);   // claims a slot; false when full
// The slot of s holding addr (addr inside s).
static inline uint32_t mspan_slot(const MSpan *s, uintptr_t addr)
{
	return (uint32_t)((uint64_t)(addr - s->base) * s->divmul >> 32);
}

// The start of the object containing addr, or 0 if addr is not inside an
// allocated object of s. *slot receives its index. Inline: marking asks
// it for every pointer.
static inline uintptr_t mspan_objectof(const MSpan *s, uintptr_t addr, uint32_t *slot)
{
	uint32_t i = mspan_slot(s, addr);
	if (i >= s->nelems || !bit_get(s->allocbits, i))
		return 0;
	*slot = i;
	return s->base + i * s->elemsize;
}
void mspan_release(MSpan *s);          // drop per-object arrays, hand pages to the mheap

// ---- mcentral (heap_central.c): spans of one span class ----
MSpan *mcentral_cachespan(unsigned spanclass);   // a span with a free slot
void mcentral_uncache(MSpan *s);                  // the mcache is done with s
// Sweep every span of every class and large span: unmarked objects die,
// empty spans go back to the mheap. Returns the bytes still in use.
uintptr_t mcentral_sweepall(void);
void mcentral_addlarge(MSpan *s);
void mcentral_foreach(void (*fn)(MSpan *s));     // every in-use span (tests, checks)
// The mcentral's spans of a span class (NUM_SPAN_CLASSES: the large
// objects', counted as full) for heap=1.
typedef struct SpanCensus {
	uint32_t partial, full;
	uint64_t objects;                  // slots in use
	uintptr_t pages;
} SpanCensus;
SpanCensus mcentral_census(unsigned spanclass);

// ---- mcache (alloc.c) ----
void mcache_flush(void);               // hand the current spans back before a GC
const MSpan *mcache_span(unsigned spanclass);   // the current span, or NULL

// ---- collector (gc*.c) ----
typedef struct GCSettings {
	intptr_t gogc;                     // percent; < 0: GOGC=off
	bool gctrace, checkescape, heapreport;
	unsigned allocs;                   // GOSCAPE_DEBUG=allocs: 1 totals, 2 also per site
	unsigned gcstress;                 // collect every gcstress-th allocation (0: never)
} GCSettings;
extern GCSettings gc_settings;
void gc_settings_load(void);           // from GOGC, GODEBUG, GOSCAPE_DEBUG
void gc_maybe_collect(uintptr_t size);  // before each allocation of size bytes
void gc_spill_and_collect(bool forced);  // gc_entry.S: spills registers, calls gc_collect
void gc_collect(bool forced, uintptr_t sp);  // sp: the mutator's stack, registers pushed
void gc_mark_roots_and_heap(uintptr_t sp);   // mark phase (gc_mark.c)
// For finalizer.c, during the mark phase: mark what word points to (and
// everything reachable from it); whether obj's object is marked (true
// for addresses outside the heap); mark what obj's object points to.
void gc_mark_word(uintptr_t word);
bool gc_is_marked(uintptr_t obj);
void gc_mark_referents(uintptr_t obj);
// finalizer.c: called at the end of marking; queues the finalizers of
// the objects found unreachable (keeping them alive for one more cycle).
void finalizers_mark(void);
// checkescape (gc_escape.c): word, read from a typed pointer slot of s's object slot.
void gc_check_escape_slot(const MSpan *s, uint32_t slot, uintptr_t word);
uintptr_t gc_stack_top(void);           // top of the running stack
bool gc_on_known_stack(uintptr_t sp);   // sp is below gc_stack_top, in the same stack
void gc_escape_setup(void);             // computes the stack range for checkescape
// The return addresses above frame pointer fp (runtime_new's frame).
void gc_record_site(uintptr_t site[ALLOC_FRAMES], uintptr_t fp);
_Noreturn void runtime_throw_oom(void);
// allocs=2 (allocsites.c): charge bytes to the site that called the
// allocator whose frame is fp; the table at exit.
void allocsite_count(uintptr_t fp, uintptr_t bytes);
void allocsite_report(void);
void heap_supply_report(void);         // heap=1 (heap_report.c)

// ---- extra public hooks (see /work/notes/heap-api.txt) ----
extern void *runtime_stack_top;         // top of the running stack (os.c); NULL: __libc_stack_end
extern void (*runtime_gc_scan_stacks)(void (*scan)(uintptr_t lo, uintptr_t hi));
extern void (*runtime_gc_release_stacks)(void);   // after each cycle: free dead stacks' pages
extern uint8_t runtime_zerobase[8];     // every zero-size allocation
void runtime_gc(void);                  // a forced collection
intptr_t gc_set_percent(intptr_t pct);  // GOGC at run time (< 0: off); returns the old one
void runtime_heap_exit_report(void);    // GOSCAPE_DEBUG=allocs=1 summary, printed once

// Statistics for gctrace, allocs=1 and the tests.
typedef struct HeapStats {
	uint64_t nalloc, nallocbytes;      // runtime_new/runtime_alloc calls and requested bytes
	uint64_t nobjects, nfreed;         // heap slots handed out (a tiny block is one) and swept free
	uint64_t ntiny;                    // tiny allocations fitted into the current block (Go's tinyAllocs)
	uintptr_t heap_live;               // bytes in allocated slots and large spans
	uintptr_t heap_marked;             // live bytes after the last collection
	uintptr_t heap_goal;
	uint32_t ngc;
	uint64_t pause_ns;                 // total stop-the-world time
} HeapStats;
extern HeapStats heap_stats;

#endif
