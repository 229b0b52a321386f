// alloc.c - runtime_new and runtime_alloc: the mcache and the small and
// large allocation paths.
//
// The mcache holds one current span per span class and needs no lock
// (goscape is single-threaded; with threads there would be one per P).
// A collection may run at the start of any allocation, before the new
// object exists, so it can never free the object being returned.
#include "heap.h"
#include "rt.h"

#include <string.h>

uint8_t runtime_zerobase[8];
HeapStats heap_stats = {.heap_goal = 4 << 20};   // before gc_settings_load runs

enum { TINY_SIZE = 16 };

static struct {
	MSpan *alloc[NUM_SPAN_CLASSES];    // current span per span class, or NULL
	// The tiny block: pointer-free objects below 16 bytes are carved from
	// one 16-byte block, which lives while any of them does (interior
	// pointers) and while it is current: this word is in bss, a root.
	uintptr_t tiny, tinyoffset;
} mcache;

// Size class by (size+7)/8: every class size is a multiple of 8, so
// rounding the request up to 8 first never changes its class.
static uint8_t class_by8[MAX_SMALL_SIZE / 8 + 1];

static unsigned small_sizeclass(uintptr_t size)
{
	uintptr_t i = (size + 7) >> 3;
	if (!class_by8[i])
		class_by8[i] = (uint8_t)size_to_class(i << 3);
	return class_by8[i];
}

void mcache_flush(void)
{
	for (int c = 0; c < NUM_SPAN_CLASSES; c++) {
		if (mcache.alloc[c])
			mcentral_uncache(mcache.alloc[c]);
		mcache.alloc[c] = NULL;
	}
}

const MSpan *mcache_span(unsigned spanclass) { return mcache.alloc[spanclass]; }

_Noreturn void runtime_throw_oom(void) { rt_fatal("runtime: out of memory"); }

// A span from get(arg); when the heap is exhausted, collect once and retry.
static MSpan *span_or_collect(MSpan *(*get)(uintptr_t arg), uintptr_t arg)
{
	MSpan *s = get(arg);
	if (!s) {
		runtime_gc();
		s = get(arg);
	}
	if (!s)
		runtime_throw_oom();
	return s;
}

static MSpan *central_span(uintptr_t spanclass) { return mcentral_cachespan((unsigned)spanclass); }

static void *alloc_small(uintptr_t size, bool noscan, uint32_t *slot, MSpan **span)
{
	unsigned spanclass = small_sizeclass(size) << 1 | noscan;
	MSpan *s = mcache.alloc[spanclass];
	if (!s || !mspan_nextfree(s, slot)) {
		if (s)
			mcentral_uncache(s);
		mcache.alloc[spanclass] = NULL;   // a collection in span_or_collect must not see it
		s = span_or_collect(central_span, spanclass);
		mcache.alloc[spanclass] = s;
		mspan_nextfree(s, slot);          // a span from the mcentral has a free slot
	}
	*span = s;
	return (void *)(s->base + *slot * s->elemsize);
}

static void *alloc_large(uintptr_t size, bool noscan, uint32_t *slot, MSpan **span)
{
	MSpan *s = span_or_collect(mheap_alloc, (size + PAGE_SIZE - 1) / PAGE_SIZE);
	mspan_init(s, noscan, s->npages * PAGE_SIZE, 1);
	mspan_nextfree(s, slot);
	mcentral_addlarge(s);
	*span = s;
	return (void *)s->base;
}

// A slot of the size's class (or a large span), zeroed, with its pointer
// words (type; NULL: conservative) and allocation site recorded.
static void *alloc_object(uintptr_t size, const GoType *type, bool noscan, uintptr_t fp)
{
	uint32_t slot;
	MSpan *s;
	void *p = size <= MAX_SMALL_SIZE ? alloc_small(size, noscan, &slot, &s)
	                                 : alloc_large(size, noscan, &slot, &s);
	if (s->needzero)
		memset(p, 0, s->elemsize);
	if (!noscan)
		heapbits_set((uintptr_t)p, size, s->elemsize, type);
	if (s->types)
		s->types[slot] = type;
	if (s->allocpc)
		gc_record_site(s->allocpc[slot], fp);
	heap_stats.heap_live += s->elemsize;
	heap_stats.nobjects++;
	return p;
}

// Go's tiny allocator: offsets aligned to the size's largest power of two
// up to 8; a fresh block replaces the current one only if it has more room left.
static void *alloc_tiny(uintptr_t size)
{
	uintptr_t align = size & 7 ? size & 3 ? size & 1 ? 1 : 2 : 4 : 8;
	uintptr_t off = (mcache.tinyoffset + align - 1) & ~(align - 1);
	if (mcache.tiny && off + size <= TINY_SIZE) {
		mcache.tinyoffset = off + size;
		heap_stats.ntiny++;
		return (void *)(mcache.tiny + off);
	}
	uintptr_t block = (uintptr_t)alloc_object(TINY_SIZE, NULL, true, 0);
	if (!mcache.tiny || size < mcache.tinyoffset) {
		mcache.tiny = block;
		mcache.tinyoffset = size;
	}
	return (void *)block;
}

// fp: the frame of runtime_new/runtime_alloc, where checkescape's walk starts.
static void *mallocgc(uintptr_t size, const GoType *type, bool noscan, uintptr_t fp)
{
	if (size == 0)
		return runtime_zerobase;
	// Beyond any reservation (and an overflow guard for the page count).
	if (size > (uintptr_t)1 << 46)
		runtime_throw_oom();
	heap_stats.nalloc++;
	heap_stats.nallocbytes += size;
	if (__builtin_expect(gc_settings.allocs > 1, 0))
		allocsite_count(fp, noscan && size < TINY_SIZE ? size : roundupsize(size));
	gc_maybe_collect(size);
	return noscan && size < TINY_SIZE ? alloc_tiny(size) : alloc_object(size, type, noscan, fp);
}

void *runtime_new(uintptr_t size, const GoType *type)
{
	bool noscan = type && type->ptrdata == 0;
	// A descriptor without a bitmap is scanned like no descriptor at all.
	bool precise = !noscan && type && type->size > 0 && type->gcbits;
	return mallocgc(size, precise ? type : NULL, noscan, (uintptr_t)__builtin_frame_address(0));
}

void *runtime_alloc(uintptr_t size, bool noscan)
{
	return mallocgc(size, NULL, noscan, (uintptr_t)__builtin_frame_address(0));
}
