// test_rt_gc_random.c - random allocation, linking, unrooting and
// collection checked against a shadow model of the object graph.
//
// The model lives in malloc memory, which the collector does not scan, so
// it can record every object's address without keeping it alive. Every
// object reachable in the model must survive with its contents intact;
// after a collection the heap may exceed the reachable bytes only by a
// little (conservative stack scanning may retain a few dead objects).
// HEAP_TEST_SEED and HEAP_TEST_SCALE (a multiplier of the operation
// counts) let tests/heap/soak.sh run it long and with other graphs.
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "heap.h"
#include "rt_test_main.h"

enum { NROOTS = 64, MAXSLOTS = 8, MAXOBJ = 200000 };
enum { TYPED, CONSERVATIVE, NOSCAN };

// [n]struct { p *T; stamp uintptr; q *T }
static const uint8_t pair_bits[] = {0x5};
static const GoType pair_type = {.size = 24, .ptrdata = 24, .gcbits = pair_bits, .kind = KIND_STRUCT};

typedef struct Obj {
	uintptr_t addr;            // 0 once the collector freed it
	uintptr_t size;
	int kind, nslots;
	int slot[MAXSLOTS];        // model edges: index of the target, or -1
	uint32_t stamp;
	bool reachable;
} Obj;

void *roots[NROOTS];                // the program's globals
static int root_obj[NROOTS];        // model: which object each root holds, -1 for nil
static Obj *objs;
static int nobjs;
static uint64_t rng = 88172645463325252u;

static uint64_t next_rand(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int rand_below(int n) { return (int)(next_rand() % (uint64_t)n); }

// Address of pointer slot i of an object (NULL if it has fewer).
static uintptr_t *slot_addr(const Obj *o, int i)
{
	if (o->kind == TYPED)      // slots alternate p, q through the elements
		return (uintptr_t *)(o->addr + (uintptr_t)(i / 2) * 24 + (i % 2) * 16);
	return (uintptr_t *)(o->addr + 8 + (uintptr_t)i * 8);
}

// The stamp words that identify an object's contents.
static void write_stamps(const Obj *o)
{
	if (o->kind == TYPED) {
		for (uintptr_t e = 0; e < o->size / 24; e++)
			((uintptr_t *)(o->addr + e * 24))[1] = o->stamp + e;
	} else if (o->kind == CONSERVATIVE) {
		*(uintptr_t *)o->addr = o->stamp;
	} else {
		memset((void *)o->addr, (int)(o->stamp & 0xff), o->size);
	}
}

static void check_object(const Obj *o)
{
	MSpan *s = mheap_spanof(o->addr);
	uint32_t slot;
	// Tiny objects sit inside a 16-byte block: only the others start their slot.
	uintptr_t obj = s ? mspan_objectof(s, o->addr, &slot) : 0;
	cr_assert(obj && (obj == o->addr || o->size < 16), "reachable object %#lx was freed",
	          (unsigned long)o->addr);
	if (o->kind == TYPED) {
		for (uintptr_t e = 0; e < o->size / 24; e++)
			cr_assert_eq(((uintptr_t *)(o->addr + e * 24))[1], o->stamp + e);
	} else if (o->kind == CONSERVATIVE) {
		cr_assert_eq(*(uintptr_t *)o->addr, o->stamp);
	} else {
		const uint8_t *p = (const uint8_t *)o->addr;
		cr_assert(p[0] == (o->stamp & 0xff) && p[o->size - 1] == (o->stamp & 0xff));
	}
	for (int i = 0; i < o->nslots; i++) {
		uintptr_t want = o->slot[i] < 0 ? 0 : objs[o->slot[i]].addr;
		cr_assert_eq(*slot_addr(o, i), want, "edge %d of %#lx", i, (unsigned long)o->addr);
	}
}

__attribute__((noinline)) static void new_object(int root)
{
	cr_assert_lt(nobjs, MAXOBJ);
	Obj *o = &objs[nobjs];
	*o = (Obj){.kind = rand_below(3), .stamp = (uint32_t)next_rand()};
	static const uintptr_t sizes[] = {16, 24, 40, 100, 500, 2000, 9000, 40000, 3, 9};
	if (o->kind == TYPED) {
		uintptr_t n = rand_below(8) == 0 ? 1 + rand_below(3000) : 1 + rand_below(6);
		o->size = n * 24;
		o->nslots = (int)(2 * n < MAXSLOTS ? 2 * n : MAXSLOTS);
		o->addr = (uintptr_t)runtime_new(o->size, &pair_type);
	} else {
		o->size = sizes[rand_below(o->kind == NOSCAN ? 10 : 8)];   // noscan < 16: tiny
		o->nslots = o->kind == NOSCAN ? 0 : (int)((o->size / 8 - 1) < MAXSLOTS ? o->size / 8 - 1 : MAXSLOTS);
		o->addr = (uintptr_t)runtime_alloc(o->size, o->kind == NOSCAN);
	}
	for (int i = 0; i < MAXSLOTS; i++)
		o->slot[i] = -1;
	write_stamps(o);
	roots[root] = (void *)o->addr;
	root_obj[root] = nobjs++;
}

static void mark_model(int i)
{
	int *stack = malloc(sizeof(int) * (size_t)nobjs * MAXSLOTS + sizeof(int)), n = 0;
	stack[n++] = i;
	while (n > 0) {
		Obj *o = &objs[stack[--n]];
		if (o->reachable)
			continue;
		o->reachable = true;
		for (int k = 0; k < o->nslots; k++)
			if (o->slot[k] >= 0)
				stack[n++] = o->slot[k];
	}
	free(stack);
}

static void compute_reachable(void)
{
	for (int i = 0; i < nobjs; i++)
		objs[i].reachable = false;
	for (int r = 0; r < NROOTS; r++)
		if (root_obj[r] >= 0 && !objs[root_obj[r]].reachable)
			mark_model(root_obj[r]);
}

static int random_reachable(void)
{
	int r = rand_below(NROOTS);
	int o = root_obj[r];
	// Walk a few random edges from a root.
	for (int steps = rand_below(4); o >= 0 && steps > 0 && objs[o].nslots > 0; steps--) {
		int next = objs[o].slot[rand_below(objs[o].nslots)];
		if (next < 0)
			break;
		o = next;
	}
	return o;
}

__attribute__((noinline)) static void link_objects(void)
{
	int a = random_reachable(), b = rand_below(4) ? random_reachable() : -1;
	if (a < 0 || objs[a].nslots == 0)
		return;
	int k = rand_below(objs[a].nslots);
	objs[a].slot[k] = b;
	*slot_addr(&objs[a], k) = b < 0 ? 0 : objs[b].addr;
}

// Heap bookkeeping: every span's count matches its bitmap, and the counts
// add up to heap_live.
static uintptr_t span_bytes;

static void check_span(MSpan *s)
{
	uint32_t bits = 0;
	for (int w = 0; w < SPAN_BITMAP_WORDS; w++) {
		bits += (uint32_t)__builtin_popcountll(s->allocbits[w]);
		cr_assert_eq(s->markbits[w], 0);
	}
	cr_assert_eq(bits, s->allocated);
	cr_assert_gt(bits, 0, "an empty span must go back to the mheap");
	cr_assert_eq(mheap_spanof(s->base + s->npages * PAGE_SIZE - 1), s);
	span_bytes += s->allocated * s->elemsize;
}

// After a collection: check the survivors, forget the freed, and bound
// what dead objects may still occupy.
static void verify(bool collected)
{
	compute_reachable();
	uintptr_t reachable_bytes = 0;
	for (int i = 0; i < nobjs; i++) {
		Obj *o = &objs[i];
		if (o->reachable) {
			check_object(o);
			reachable_bytes += roundupsize(o->size);
		}
	}
	if (collected) {
		span_bytes = 0;
		mcentral_foreach(check_span);
		cr_assert_eq(span_bytes, heap_stats.heap_live);
		cr_assert_leq(heap_stats.heap_live, reachable_bytes + reachable_bytes / 4 + (256 << 10),
		              "live %zu vs reachable %zu", heap_stats.heap_live, reachable_bytes);
	}
}

// Unreachable model objects are dropped when they are gone from the heap,
// keeping indexes of reachable ones stable by compacting with a remap.
static void compact(void)
{
	int *remap = malloc(sizeof(int) * (size_t)nobjs), n = 0;
	for (int i = 0; i < nobjs; i++)
		remap[i] = objs[i].reachable ? n++ : -1;
	for (int i = 0; i < nobjs; i++) {
		if (remap[i] < 0)
			continue;
		Obj o = objs[i];
		for (int k = 0; k < o.nslots; k++)
			if (o.slot[k] >= 0)
				o.slot[k] = remap[o.slot[k]];
		objs[remap[i]] = o;
	}
	for (int r = 0; r < NROOTS; r++)
		if (root_obj[r] >= 0)
			root_obj[r] = remap[root_obj[r]];
	nobjs = n;
	free(remap);
}

static void run(int ops)
{
	const char *seed = getenv("HEAP_TEST_SEED"), *scale = getenv("HEAP_TEST_SCALE");
	if (seed)
		rng ^= strtoull(seed, NULL, 0) * 0x9e3779b97f4a7c15u | 1;
	if (scale)
		ops *= atoi(scale);
	objs = calloc(MAXOBJ, sizeof *objs);
	for (int r = 0; r < NROOTS; r++)
		root_obj[r] = -1;
	for (int i = 0; i < ops; i++) {
		int what = rand_below(100);
		if (what < 50) {
			new_object(rand_below(NROOTS));
		} else if (what < 85) {
			link_objects();
		} else if (what < 97) {
			int r = rand_below(NROOTS);
			roots[r] = NULL;
			root_obj[r] = -1;
		} else {
			runtime_gc();
			verify(true);
			compact();
		}
		if (i % 97 == 0)
			verify(false);
	}
	free(objs);
}

Test(gc_random, shadow_model)
{
	run(60000);
	cr_assert_gt(heap_stats.ngc, 100);
}

Test(gc_random, shadow_model_gcstress)
{
	gc_settings.gcstress = 1;
	run(3000);
}

Test(gc_random, shadow_model_gogc_10)
{
	gc_settings.gogc = 10;
	rng = 0x9e3779b97f4a7c15u;
	run(30000);
}
