// test_rt_gc.c - the collector: roots, precise marking through gcbits,
// arrays of a type, conservative blocks, interior pointers, sweeping,
// deep structures, stress mode.
//
// Objects a test expects to die are made by noinline helpers that return
// their address hidden (~p), so no copy of the pointer is left behind.
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"
#include "rt_test_main.h"

// struct { p *T; n int; q *T }: words 0 and 2 hold pointers.
static const uint8_t pair_bits[] = {0x5};
static const GoType pair_type = {
	.size = 24, .ptrdata = 24, .gcbits = pair_bits, .kind = KIND_STRUCT,
	.str = {(const uint8_t *)"main.Pair", 9},
};
// struct { next *Node; v int }
static const uint8_t node_bits[] = {0x1};
static const GoType node_type = {
	.size = 16, .ptrdata = 8, .gcbits = node_bits, .kind = KIND_STRUCT,
	.str = {(const uint8_t *)"main.Node", 9},
};

typedef struct Pair { void *p; uintptr_t n; void *q; } Pair;
typedef struct Node { struct Node *next; intptr_t v; } Node;

// Global roots the tests point at things (not static: the compiler must
// not drop stores it can prove are never read).
void *root;
char *interior[2];

// Whether the object at ~hidden is still allocated (noinline: the
// revealed pointer must not linger in the test's registers).
__attribute__((noinline)) static bool alive(uintptr_t hidden)
{
	MSpan *s = mheap_spanof(~hidden);
	uint32_t slot;
	return s && mspan_objectof(s, ~hidden, &slot) != 0;
}

// Points *slot at ~hidden + offset without leaving the pointer in one of
// the caller's registers.
__attribute__((noinline)) static void set_root(void *slot, uintptr_t hidden, uintptr_t offset)
{
	*(uintptr_t *)slot = hidden ? ~hidden + offset : 0;
}

__attribute__((noinline)) static uintptr_t new_block(uintptr_t size, bool noscan)
{
	return ~(uintptr_t)runtime_alloc(size, noscan);
}

Test(gc, unreachable_objects_are_freed_and_rooted_ones_kept)
{
	volatile uintptr_t dead = new_block(64, true), kept = new_block(64, true);
	set_root(&root, kept, 0);
	runtime_gc();
	cr_assert(!alive(dead));
	cr_assert(alive(kept));
	set_root(&root, 0, 0);
	runtime_gc();
	cr_assert(!alive(kept));
}

__attribute__((noinline)) static void build_pair(volatile uintptr_t out[3])
{
	Pair *pair = runtime_new(sizeof(Pair), &pair_type);
	void *a = runtime_alloc(32, true), *b = runtime_alloc(32, true), *c = runtime_alloc(32, true);
	pair->p = a;
	pair->n = (uintptr_t)b;        // a scalar that looks like a pointer
	pair->q = c;
	root = pair;
	out[0] = ~(uintptr_t)a;
	out[1] = ~(uintptr_t)b;
	out[2] = ~(uintptr_t)c;
}

Test(gc, typed_objects_are_scanned_precisely)
{
	volatile uintptr_t h[3];
	build_pair(h);
	runtime_gc();
	cr_assert(alive(h[0]));
	cr_assert(!alive(h[1]), "a scalar word must not keep its target alive");
	cr_assert(alive(h[2]));
}

__attribute__((noinline)) static void build_array(volatile uintptr_t out[2], int n)
{
	// [n]Node as one block: the element bitmap repeats every 16 bytes.
	Node *arr = runtime_new((uintptr_t)n * sizeof(Node), &node_type);
	Node *x = runtime_alloc(16, true), *y = runtime_alloc(16, true);
	arr[n - 1].next = x;           // pointer word of the last element
	arr[n - 2].v = (intptr_t)y;    // scalar word
	root = &arr[n / 2];            // interior pointer keeps the array
	out[0] = ~(uintptr_t)x;
	out[1] = ~(uintptr_t)y;
}

Test(gc, arrays_repeat_the_element_bitmap)
{
	volatile uintptr_t h[2];
	build_array(h, 10);
	runtime_gc();
	cr_assert(alive(h[0]));
	cr_assert(!alive(h[1]));
	build_array(h, 5000);          // a large object (80000 bytes)
	runtime_gc();
	cr_assert(alive(h[0]));
	cr_assert(!alive(h[1]));
}

__attribute__((noinline)) static uintptr_t build_conservative(void)
{
	uintptr_t *block = runtime_alloc(200, false);
	void *target = runtime_alloc(8, true);
	block[13] = (uintptr_t)target + 5;   // interior pointer at an odd word
	root = block;
	return ~(uintptr_t)target;
}

Test(gc, untyped_blocks_are_scanned_conservatively)
{
	volatile uintptr_t h = build_conservative();
	runtime_gc();
	cr_assert(alive(h));
}

__attribute__((noinline)) static uintptr_t build_noscan_holder(void)
{
	void **holder = runtime_alloc(64, true);
	void *target = runtime_alloc(64, true);
	holder[0] = target;
	root = holder;
	return ~(uintptr_t)target;
}

Test(gc, noscan_blocks_are_not_scanned)
{
	volatile uintptr_t h = build_noscan_holder();
	runtime_gc();
	cr_assert(!alive(h));
}

Test(gc, interior_pointers_keep_objects_alive)
{
	volatile uintptr_t small = new_block(100, true), large = new_block(100000, true);
	set_root(&interior[0], small, 99);
	set_root(&interior[1], large, 99999);
	runtime_gc();
	cr_assert(alive(small));
	cr_assert(alive(large));
	set_root(&interior[0], small, 112);   // one past the end (next slot): not ours
	set_root(&interior[1], 0, 0);
	runtime_gc();
	cr_assert(!alive(small));
	cr_assert(!alive(large));
}

__attribute__((noinline)) static uintptr_t build_cycle(void)
{
	Node *a = runtime_new(sizeof(Node), &node_type), *b = runtime_new(sizeof(Node), &node_type);
	a->next = b;
	b->next = a;
	return ~(uintptr_t)a;
}

Test(gc, unreachable_cycles_are_freed)
{
	volatile uintptr_t h = build_cycle();
	runtime_gc();
	cr_assert(!alive(h));
}

__attribute__((noinline)) static void build_list(intptr_t n)
{
	Node *head = NULL;
	for (intptr_t i = 0; i < n; i++) {
		Node *x = runtime_new(sizeof(Node), &node_type);
		x->next = head;
		x->v = i;
		head = x;
	}
	root = head;
}

Test(gc, a_long_list_needs_no_recursion)
{
	build_list(1000000);
	runtime_gc();
	intptr_t n = 0;
	for (Node *x = root; x; x = x->next)
		cr_assert_eq(x->v, 999999 - n++);
	cr_assert_eq(n, 1000000);
	cr_assert_geq(heap_stats.heap_marked, 1000000 * 16);
}

Test(gc, sweeping_reuses_slots_and_counts_live_bytes)
{
	for (int i = 0; i < 100; i++)
		new_block(48, true);
	runtime_gc();
	cr_assert_lt(heap_stats.heap_live, 4096, "live after sweep: %zu", heap_stats.heap_live);
	uintptr_t mapped = mheap_mapped_bytes();
	for (int round = 0; round < 200; round++)
		for (int i = 0; i < 1000; i++)
			new_block(1000, true);       // 200 MB of garbage in total
	cr_assert_eq(mheap_mapped_bytes(), mapped, "garbage must be recycled, not mapped");
	cr_assert_gt(heap_stats.ngc, 10);
}

Test(gc, pacing_follows_gogc)
{
	gc_settings.gogc = 100;
	runtime_gc();
	cr_assert_eq(heap_stats.heap_goal, (uintptr_t)4 << 20, "small heaps get the 4 MB minimum");
	build_list(400000);             // ~6.1 MB live
	runtime_gc();
	uintptr_t live = heap_stats.heap_marked;
	cr_assert_geq(heap_stats.heap_goal, 2 * live);
	gc_settings.gogc = -1;          // GOGC=off
	runtime_gc();
	uint32_t n = heap_stats.ngc;
	for (int i = 0; i < 100000; i++)
		new_block(1000, true);
	cr_assert_eq(heap_stats.ngc, n, "GOGC=off: no automatic collection");
}

Test(gc, stress_mode_collects_at_every_allocation)
{
	gc_settings.gcstress = 1;
	uint32_t n = heap_stats.ngc;
	build_list(2000);
	gc_settings.gcstress = 0;
	cr_assert_geq(heap_stats.ngc - n, 2000);
	intptr_t count = 0;
	for (Node *x = root; x; x = x->next)
		cr_assert_eq(x->v, 1999 - count++);
	cr_assert_eq(count, 2000);
}

static const uint8_t ptr_bits[] = {0x1};
static const GoType ptr_type = {
	.size = 8, .ptrdata = 8, .gcbits = ptr_bits, .kind = KIND_PTR,
	.str = {(const uint8_t *)"*int", 4},
};

Test(gc, checkescape_reports_heap_to_stack_pointers, .exit_code = 3, .init = cr_redirect_stderr)
{
	gc_settings.checkescape = true;
	int local = 0;
	void **cell = runtime_new(8, &ptr_type);
	*cell = &local;
	root = cell;
	runtime_gc();
}

Test(gc, checkescape_accepts_heap_to_heap_pointers)
{
	gc_settings.checkescape = true;
	void **cell = runtime_new(8, &ptr_type);
	*cell = runtime_new(8, &ptr_type);
	root = cell;
	runtime_gc();
}

Test(gc, settings_come_from_the_environment)
{
	setenv("GOGC", "off", 1);
	setenv("GODEBUG", "madvdontneed=1,gctrace=1", 1);
	setenv("GOSCAPE_DEBUG", "allocs=1,gcstress=0,checkescape=1", 1);
	gc_settings_load();
	cr_assert_lt(gc_settings.gogc, 0);
	cr_assert(gc_settings.gctrace && gc_settings.allocs && gc_settings.checkescape);
	cr_assert(!gc_settings.gcstress);
	setenv("GOGC", "50", 1);
	unsetenv("GODEBUG");
	gc_settings_load();
	cr_assert_eq(gc_settings.gogc, 50);
	cr_assert(!gc_settings.gctrace);
	cr_assert_eq(heap_stats.heap_goal, (uintptr_t)2 << 20, "GOGC=50: 2 MB minimum goal");
	gc_settings.allocs = false;     // no report at this test's exit
}

// The first line of redirected stderr.
static char *stderr_line(char *buf, int n)
{
	fflush(stderr);
	FILE *f = cr_get_redirected_stderr();
	cr_assert(fgets(buf, n, f));
	return buf;
}

Test(gc, gctrace_prints_a_go_like_line, .init = cr_redirect_stderr)
{
	gc_settings.gctrace = true;
	runtime_gc();
	char line[512];
	stderr_line(line, sizeof line);
	unsigned n, pct;
	double secs;
	cr_assert_eq(sscanf(line, "gc %u @%lfs %u%%: ", &n, &secs, &pct), 3, "%s", line);
	cr_assert_eq(n, 1);
	cr_assert(strstr(line, " ms clock, ") && strstr(line, " ms cpu, "), "%s", line);
	cr_assert(strstr(line, " MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)\n"), "%s", line);
}

Test(gc, allocs_report_counts_allocations, .init = cr_redirect_stderr)
{
	gc_settings.allocs = true;
	uint64_t n = heap_stats.nalloc;
	for (int i = 0; i < 10; i++)
		runtime_alloc(100, true);
	runtime_gc();
	runtime_heap_exit_report();
	runtime_heap_exit_report();    // printed once only
	char line[512];
	stderr_line(line, sizeof line);
	unsigned long long count, bytes;
	unsigned gcs;
	cr_assert_eq(sscanf(line, "goscape: %llu heap allocations, %llu bytes, %u GCs, ", &count, &bytes, &gcs), 3,
	             "%s", line);
	cr_assert_eq(count, n + 10);
	cr_assert_geq(bytes, 1000);
	cr_assert_eq(gcs, 1);
	cr_assert(strstr(line, " ms pause\n"), "%s", line);
}

// A "suspended goroutine stack" outside every root: only the scheduler's
// hook can show it to the collector.
static uintptr_t *fake_stack;

static void scan_fake_stack(void (*scan)(uintptr_t lo, uintptr_t hi))
{
	scan((uintptr_t)fake_stack, (uintptr_t)(fake_stack + 64));
}

Test(gc, the_scheduler_hook_reports_suspended_stacks)
{
	fake_stack = calloc(64, sizeof *fake_stack);
	volatile uintptr_t h = new_block(64, true);
	set_root(&fake_stack[40], h, 8);
	runtime_gc_scan_stacks = scan_fake_stack;
	runtime_gc();
	cr_assert(alive(h));
	runtime_gc_scan_stacks = NULL;
	runtime_gc();
	cr_assert(!alive(h));
	free(fake_stack);
}
