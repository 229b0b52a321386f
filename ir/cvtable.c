// cvtable.c - const_new: the one stored copy of each constant value.
//
// Node.cval and Obj.val point at values nobody modifies and everybody
// compares by content, so equal values can share one copy. They are
// worth sharing: the compile-speed program's 100,000 lines make some
// 30,000 values, mostly its few hundred string literals over and over
// (each literal, and each conversion of one to its type, makes a value)
// and the same integers, but only a few thousand distinct ones.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

const ConstVal cv_none = {.kind = CV_NONE};

static const ConstVal **table; // open addressing; NULL: empty slot
static size_t cap, count;

static uint64_t mix(uint64_t h, uint64_t x) {
	return (h ^ x) * 0x100000001b3ull;
}

static uint64_t bits_of(double d) {
	uint64_t u;
	memcpy(&u, &d, sizeof u);
	return u;
}

// Over every field same() compares; -0.0 and 0.0 differ, as they must.
static uint64_t hash(const ConstVal *v) {
	uint64_t h = 0xcbf29ce484222325ull;
	h = mix(h, (uint64_t)v->kind << 1 | v->b);
	h = mix(h, (uint64_t)v->i);
	h = mix(h, (uint64_t)(v->i >> 64));
	h = mix(h, bits_of(v->f));
	h = mix(h, bits_of(v->im));
	h = mix(h, (uintptr_t)v->big ^ (uintptr_t)v->bigim << 1);
	h = mix(h, v->slen);
	for (size_t k = 0; k < v->slen; k++)
		h = mix(h, (unsigned char)v->s[k]);
	return h ^ h >> 29;
}

// Field by field: the struct has padding. Exact parts are compared by
// address (a value made twice with big parts is stored twice).
static bool same(const ConstVal *a, const ConstVal *b) {
	return a->kind == b->kind && a->b == b->b && a->i == b->i && bits_of(a->f) == bits_of(b->f) &&
	       bits_of(a->im) == bits_of(b->im) && a->big == b->big && a->bigim == b->bigim &&
	       a->slen == b->slen && !a->s == !b->s && (!a->slen || !memcmp(a->s, b->s, a->slen));
}

static size_t slot_of(const ConstVal *v, uint64_t h) {
	size_t i = h & (cap - 1);
	while (table[i] && !same(table[i], v))
		i = (i + 1) & (cap - 1);
	return i;
}

static void grow(void) {
	const ConstVal **old = table;
	size_t oldcap = cap;
	cap = cap ? 2 * cap : 1024;
	table = xcalloc(cap, sizeof *table);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i])
			table[slot_of(old[i], hash(old[i]))] = old[i];
	free(old);
}

// Small integers are most of the calls (each literal 0 or 1, and each
// conversion of one to its type, asks again): the table's copy of each is
// remembered by value, found without hashing.
enum { SMALL_MIN = -256, SMALL_MAX = 4096 };
static const ConstVal *small[SMALL_MAX - SMALL_MIN];

// Whether v is exactly cv_int(v.i) for a small v.i: then every field
// same() compares follows from v.i.
// (f is compared with the int's double once i is known to be small: a
// double from an __int128 is a library call.)
static bool is_small(const ConstVal *v) {
	return v->kind == CV_INT && v->i >= SMALL_MIN && v->i < SMALL_MAX && !v->b &&
	       bits_of(v->f) == bits_of((double)(int)v->i) && bits_of(v->im) == 0 && !v->big &&
	       !v->bigim && !v->s && !v->slen;
}

const ConstVal *const_new(ConstVal v) {
	const ConstVal **known = is_small(&v) ? &small[v.i - SMALL_MIN] : NULL;
	if (known && *known)
		return *known;
	if (2 * (count + 1) > cap)
		grow();
	size_t i = slot_of(&v, hash(&v));
	if (!table[i]) {
		ConstVal *c = arena_zalloc(sizeof *c);
		*c = v;
		table[i] = c;
		count++;
	}
	if (known)
		*known = table[i];
	return table[i];
}
