// map.c - Go maps: a hash table of 8-slot buckets with overflow chains,
// doubling when the load passes 6.5 entries per bucket like Go's, and
// iteration that starts at a random bucket and slot offset.
//
// Growth rehashes everything at once (Go's is incremental). An iterator
// keeps the bucket array it started on; once the map has grown it still
// walks that snapshot for the order but looks every key up in the live
// table, so deleted entries are skipped and values are current.
#include <string.h>
#include "rt.h"

enum { SLOTS = 8, EMPTY = 0 };

struct GoMap {
	intptr_t count;            // first word: len(m)
	const GoType *type;        // the map type: key, elem
	uint64_t seed;
	char *buckets;             // nbuckets contiguous buckets, NULL until the first write
	uint8_t B;                 // nbuckets == 1 << B
	uintptr_t keysize, valsize;
	uintptr_t valoff, ovfoff, bucketsize;  // bucket layout: tophash[8], keys, values, overflow
};

static uintptr_t align8(uintptr_t n) { return (n + 7) & ~(uintptr_t)7; }

static uint8_t *tophash(char *b) { return (uint8_t *)b; }
static char *slot_key(const GoMap *m, char *b, int i) { return b + SLOTS + (uintptr_t)i * m->keysize; }
static char *slot_val(const GoMap *m, char *b, int i) { return b + m->valoff + (uintptr_t)i * m->valsize; }
static char **overflow(const GoMap *m, char *b) { return (char **)(b + m->ovfoff); }

// Top byte of the hash, kept non-zero so that 0 can mark an empty slot.
static uint8_t top_of(uint64_t h) {
	uint8_t t = (uint8_t)(h >> 56);
	return t == EMPTY ? 1 : t;
}

static bool over_load(intptr_t count, uint8_t B) {
	return count > SLOTS && (double)count > 6.5 * (double)((uintptr_t)1 << B);
}

static char *new_buckets(const GoMap *m, uint8_t B) {
	return runtime_alloc(m->bucketsize << B, false);
}

GoMap *runtime_makemap(const GoType *maptype, intptr_t hint) {
	GoMap *m = runtime_alloc(sizeof(GoMap), false);
	m->type = maptype;
	m->seed = rt_random();
	m->keysize = maptype->key->size;
	m->valsize = maptype->elem->size;
	m->valoff = align8(SLOTS + SLOTS * m->keysize);
	m->ovfoff = align8(m->valoff + SLOTS * m->valsize);
	m->bucketsize = m->ovfoff + sizeof(char *);
	while (over_load(hint, m->B))
		m->B++;
	if (m->B > 0)
		m->buckets = new_buckets(m, m->B);
	return m;
}

static uint64_t key_hash(const GoMap *m, const void *key) {
	return hash_value(m->type->key, key, m->seed);
}

// Finds key's slot; *bucket/*slot are set when found.
static bool find(const GoMap *m, const void *key, uint64_t h, char **bucket, int *slot) {
	if (!m->buckets)
		return false;
	uint8_t top = top_of(h);
	char *b = m->buckets + (h & (((uintptr_t)1 << m->B) - 1)) * m->bucketsize;
	for (; b; b = *overflow(m, b)) {
		for (int i = 0; i < SLOTS; i++) {
			if (tophash(b)[i] == top && runtime_valueeq(m->type->key, slot_key(m, b, i), key)) {
				*bucket = b;
				*slot = i;
				return true;
			}
		}
	}
	return false;
}

// Stores a new entry (the key is known to be absent) and returns its value slot.
static char *insert(GoMap *m, const void *key, uint64_t h) {
	char *b = m->buckets + (h & (((uintptr_t)1 << m->B) - 1)) * m->bucketsize;
	for (;;) {
		for (int i = 0; i < SLOTS; i++) {
			if (tophash(b)[i] == EMPTY) {
				tophash(b)[i] = top_of(h);
				memcpy(slot_key(m, b, i), key, m->keysize);
				m->count++;
				return slot_val(m, b, i);
			}
		}
		if (!*overflow(m, b))
			*overflow(m, b) = runtime_alloc(m->bucketsize, false);
		b = *overflow(m, b);
	}
}

static void grow(GoMap *m) {
	char *old = m->buckets;
	uintptr_t nold = (uintptr_t)1 << m->B;
	m->B++;
	m->buckets = new_buckets(m, m->B);
	m->count = 0;
	for (uintptr_t n = 0; n < nold; n++) {
		for (char *b = old + n * m->bucketsize; b; b = *overflow(m, b)) {
			for (int i = 0; i < SLOTS; i++) {
				if (tophash(b)[i] == EMPTY)
					continue;
				char *k = slot_key(m, b, i);
				memcpy(insert(m, k, key_hash(m, k)), slot_val(m, b, i), m->valsize);
			}
		}
	}
}

// A read-only zero value for misses; bigger value types get their own.
static const uint64_t zeroval[128];

static void *zero_value(const GoType *maptype) {
	uintptr_t size = maptype->elem->size;
	return size <= sizeof zeroval ? (void *)zeroval : runtime_alloc(size, true);
}

void *runtime_mapaccess2(const GoType *maptype, GoMap *m, const void *key, bool *ok) {
	char *b;
	int i;
	if (!m || m->count == 0) {
		// Still hash, so an unhashable interface key panics even here, like Go.
		if (maptype->key->kind == KIND_INTERFACE)
			hash_value(maptype->key, key, 0);
	} else if (find(m, key, key_hash(m, key), &b, &i)) {
		*ok = true;
		return slot_val(m, b, i);
	}
	*ok = false;
	return zero_value(maptype);
}

void *runtime_mapaccess1(const GoType *maptype, GoMap *m, const void *key) {
	bool ok;
	return runtime_mapaccess2(maptype, m, key, &ok);
}

void *runtime_mapassign(const GoType *maptype, GoMap *m, const void *key) {
	if (!m)
		rt_panic_plain("assignment to entry in nil map");
	uint64_t h = key_hash(m, key);
	char *b;
	int i;
	if (find(m, key, h, &b, &i)) {
		memcpy(slot_key(m, b, i), key, m->keysize);  // +0 replaces -0, like Go
		return slot_val(m, b, i);
	}
	if (!m->buckets)
		m->buckets = new_buckets(m, m->B);
	else if (over_load(m->count + 1, m->B))
		grow(m);
	return insert(m, key, h);
}

void runtime_mapdelete(const GoType *maptype, GoMap *m, const void *key) {
	if (!m || m->count == 0) {
		if (maptype->key->kind == KIND_INTERFACE)
			hash_value(maptype->key, key, 0);
		return;
	}
	char *b;
	int i;
	if (!find(m, key, key_hash(m, key), &b, &i))
		return;
	tophash(b)[i] = EMPTY;
	memset(slot_key(m, b, i), 0, m->keysize);  // drop references for the GC
	memset(slot_val(m, b, i), 0, m->valsize);
	m->count--;
}

intptr_t runtime_maplen(GoMap *m) { return m ? m->count : 0; }

// The iterator's private words (GoMapIter.state).
typedef struct IterState {
	GoMap *m;
	char *buckets;             // the bucket array when iteration started
	char *cur;                 // bucket (or overflow bucket) being walked
	uintptr_t start;           // first bucket index
	uintptr_t visited;         // buckets finished
	uintptr_t B : 8, offset : 8, slot : 8;  // slot: next position 0..8 in cur
} IterState;

_Static_assert(sizeof(IterState) <= sizeof(((GoMapIter *)0)->state), "GoMapIter.state too small");

void runtime_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it) {
	IterState *st = (IterState *)it->state;
	memset(it, 0, sizeof *it);
	if (!m || m->count == 0)
		return;
	uint64_t r = rt_random();
	st->m = m;
	st->buckets = m->buckets;
	st->B = m->B;
	st->start = r & (((uintptr_t)1 << m->B) - 1);
	st->offset = (r >> 56) & (SLOTS - 1);
	st->cur = m->buckets + st->start * m->bucketsize;
	runtime_mapiternext(it);
}

void runtime_mapiternext(GoMapIter *it) {
	IterState *st = (IterState *)it->state;
	GoMap *m = st->m;
	uintptr_t nbuckets = (uintptr_t)1 << st->B;
	it->key = it->value = NULL;
	if (!m)
		return;
	for (;;) {
		while (!st->cur) {
			if (++st->visited == nbuckets)
				return;
			st->cur = st->buckets + ((st->start + st->visited) & (nbuckets - 1)) * m->bucketsize;
			st->slot = 0;
		}
		while (st->slot < SLOTS) {
			int i = (st->slot++ + st->offset) & (SLOTS - 1);
			if (tophash(st->cur)[i] == EMPTY)
				continue;
			char *k = slot_key(m, st->cur, i), *v = slot_val(m, st->cur, i);
			char *b;
			int j;
			if (st->buckets != m->buckets && runtime_valueeq(m->type->key, k, k)) {
				// The map grew: the snapshot is stale, the live table decides.
				if (!find(m, k, key_hash(m, k), &b, &j))
					continue;
				k = slot_key(m, b, j);
				v = slot_val(m, b, j);
			}
			it->key = k;
			it->value = v;
			return;
		}
		st->cur = *overflow(m, st->cur);
		st->slot = 0;
	}
}
