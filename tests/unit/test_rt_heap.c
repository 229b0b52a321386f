// test_rt_heap.c - the allocator: size classes, zeroing, spans, the page
// heap's splitting and coalescing, large objects, address -> object, the
// pointer bitmap.
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <string.h>

#include "heap.h"
#include "rt_test_main.h"

static MSpan *spanof(void *p) { return mheap_spanof((uintptr_t)p); }

Test(heap, zero_size_is_zerobase)
{
	cr_assert_eq(runtime_alloc(0, true), (void *)runtime_zerobase);
	cr_assert_eq(runtime_new(0, NULL), (void *)runtime_zerobase);
}

Test(heap, requests_round_up_to_their_size_class)
{
	static const uintptr_t sizes[] = {1, 8, 9, 17, 24, 33, 100, 1000, 1024, 1025, 3000, 20000, 32768};
	for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
		uintptr_t want = roundupsize(sizes[i]);
		MSpan *s = spanof(runtime_alloc(sizes[i], false));   // scan: no tiny blocks
		cr_assert_not_null(s);
		cr_assert_eq(s->elemsize, want, "size %zu: elemsize %zu, want %zu", sizes[i], s->elemsize, want);
		cr_assert_eq(s->npages, class_to_npages[size_to_class(sizes[i])]);
	}
}

Test(heap, consecutive_objects_are_one_class_size_apart)
{
	char *a = runtime_alloc(40, true), *b = runtime_alloc(40, true);
	cr_assert_eq(b - a, 48);
}

Test(heap, small_pointer_free_objects_share_tiny_blocks)
{
	char *a = runtime_alloc(3, true), *b = runtime_alloc(3, true);
	cr_assert_eq(b - a, 3);
	char *c = runtime_alloc(8, true);           // aligned to 8: fills the block
	cr_assert_eq(c - a, 8);
	char *d = runtime_alloc(12, true);          // a fresh block, now the current one
	cr_assert(d < a || d >= a + 16);
	cr_assert_eq(spanof(d)->elemsize, 16);
	char *e = runtime_alloc(2, true);
	cr_assert_eq(e - d, 12);
	char *f = runtime_alloc(8, false);          // pointerful: never tiny
	cr_assert_eq(spanof(f)->elemsize, 8);
}

Test(heap, scan_and_noscan_objects_use_different_spans)
{
	void *scan = runtime_alloc(24, false), *noscan = runtime_alloc(24, true);
	cr_assert_neq(spanof(scan), spanof(noscan));
	cr_assert(span_noscan(spanof(noscan)));
	cr_assert(!span_noscan(spanof(scan)));
}

Test(heap, a_type_without_pointers_is_noscan)
{
	static const GoType intarray = {.size = 64, .ptrdata = 0, .kind = KIND_ARRAY};
	cr_assert(span_noscan(spanof(runtime_new(64, &intarray))));
}

Test(heap, memory_is_zeroed_even_when_reused)
{
	for (int round = 0; round < 3; round++) {
		for (int i = 0; i < 2000; i++) {
			uint8_t *p = runtime_alloc(200, true);
			for (int j = 0; j < 200; j++)
				cr_assert_eq(p[j], 0);
			memset(p, 0xab, 200);
		}
		runtime_gc();
	}
}

Test(heap, large_objects_get_their_own_span)
{
	uint8_t *p = runtime_alloc(100000, false);
	MSpan *s = spanof(p);
	cr_assert_eq(s->base, (uintptr_t)p);
	cr_assert_eq(s->npages, 13);               // ceil(100000 / 8192)
	cr_assert_eq(s->nelems, 1);
	cr_assert_eq(span_sizeclass(s), 0);
	cr_assert_eq(spanof(p + 99999), s);       // interior address, last page
	for (int i = 0; i < 100000; i += 4096)
		cr_assert_eq(p[i], 0);
}

Test(heap, interior_addresses_map_to_their_object)
{
	char *p = runtime_alloc(100, true);       // class 112
	MSpan *s = spanof(p + 57);
	uint32_t slot;
	cr_assert_eq(mspan_objectof(s, (uintptr_t)p + 57, &slot), (uintptr_t)p);
	cr_assert_eq(s->base + slot * s->elemsize, (uintptr_t)p);
	// The next slot is not allocated yet: no object there.
	cr_assert_eq(mspan_objectof(s, (uintptr_t)p + 112 + 5, &slot), 0);
	cr_assert_null(mheap_spanof((uintptr_t)&slot));   // stack address: not heap
}

Test(heap, pages_split_and_coalesce)
{
	MSpan *a = mheap_alloc(3), *b = mheap_alloc(3), *c = mheap_alloc(3);
	cr_assert_eq(b->base, a->base + 3 * PAGE_SIZE);
	cr_assert_eq(c->base, b->base + 3 * PAGE_SIZE);
	uintptr_t base = a->base;
	mheap_free(a);
	mheap_free(c);
	mheap_free(b);                            // joins both neighbours
	cr_assert_null(mheap_spanof(base));
	MSpan *big = mheap_alloc(9);
	cr_assert_eq(big->base, base);
	cr_assert(big->needzero);                 // reused pages are dirty
	mheap_free(big);
}

Test(heap, fresh_pages_need_no_zeroing)
{
	MSpan *s = mheap_alloc(200);
	cr_assert(!s->needzero);
	mheap_free(s);
}

enum { DIRTY = 16 << 20 };     // well above 110% of the 4 MB minimum goal

// A dirty block, returned hidden so no pointer to it is left.
__attribute__((noinline)) static uintptr_t dirty_block(void)
{
	uint8_t *p = runtime_alloc(DIRTY, true);
	memset(p, 1, DIRTY);
	return ~(uintptr_t)p;
}

Test(heap, idle_pages_go_back_to_the_os)
{
	volatile uintptr_t hidden = dirty_block();   // volatile: ~hidden is not kept in a register
	uintptr_t before = mheap_released_bytes();
	runtime_gc();                             // frees the span
	cr_assert_null(mheap_spanof(~hidden));
	cr_assert_eq(mheap_released_bytes(), before);
	runtime_gc();                             // it has been idle a whole cycle
	cr_assert_geq(mheap_released_bytes(), before + DIRTY - (4 << 20) * 11 / 10);
	// Released pages read as zero and are handed out without clearing.
	uint8_t *q = runtime_alloc(DIRTY, true);
	if ((uintptr_t)q == ~hidden)
		cr_assert_eq(q[12345], 0);
}

// struct { p *T; n int; q *T }: words 0 and 2 hold pointers.
static const uint8_t pair_bits[] = {0x5};
static const GoType pair_type = {.size = 24, .ptrdata = 24, .gcbits = pair_bits, .kind = KIND_STRUCT};

Test(heap, the_pointer_bitmap_follows_the_type)
{
	uintptr_t p = (uintptr_t)runtime_alloc(40, false);       // a 48-byte slot, untyped
	cr_assert_eq(heapbits_at(p) & 0x3f, 0x1f, "untyped: every word of the request");
	heapbits_set(p, 48, 48, &pair_type);                      // [2]Pair
	cr_assert_eq(heapbits_at(p) & 0x3f, 0x2d);
	heapbits_set(p, 24, 48, &pair_type);                      // a reused slot: old bits go
	cr_assert_eq(heapbits_at(p) & 0x3f, 0x05);
	cr_assert_eq(heapbits_at(p + 8) & 0x1f, 0x02, "reading from an odd word");
	// A large []Pair crosses many bitmap words.
	uintptr_t big = (uintptr_t)runtime_new(24 * 10000, &pair_type);
	for (uintptr_t e = 0; e < 10000; e += 999)
		cr_assert_eq(heapbits_at(big + e * 24) & 7, 5, "element %zu", (size_t)e);
	cr_assert_eq(heapbits_at(big + 24 * 10000), 0, "past the request");
}

Test(heap, many_spans_of_every_class)
{
	for (int c = 1; c < NUM_SIZE_CLASSES; c++)
		for (int i = 0; i < 50; i++) {
			uint8_t *p = runtime_alloc(class_to_size[c], c > 1 && (c & 1));   // class 1 noscan is tiny
			cr_assert_eq(spanof(p)->elemsize, class_to_size[c]);
			p[class_to_size[c] - 1] = 1;
		}
	mcache_flush();
}

Test(heap, exhausting_the_heap_is_a_fatal_error, .exit_code = 2, .init = cr_redirect_stderr)
{
	runtime_alloc((uintptr_t)1 << 47, true);
}
