// intern.c - the string table: open addressing over (hash, bytes).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "intern.h"
#include "util.h"

typedef struct {
	const char *str;   // NUL-terminated copy; NULL for an empty slot
	size_t len;
	uint64_t hash;
} Slot;

static Slot *slots;
static size_t cap, count;

// FNV-1a: identifiers are short, and any decent spread will do.
static uint64_t hash_bytes(const char *s, size_t n) {
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return h;
}

static void grow(void) {
	size_t ncap = cap ? 2 * cap : 4096;
	Slot *n = xcalloc(ncap, sizeof(Slot));
	for (size_t i = 0; i < cap; i++) {
		if (!slots[i].str)
			continue;
		size_t j = slots[i].hash & (ncap - 1);
		while (n[j].str)
			j = (j + 1) & (ncap - 1);
		n[j] = slots[i];
	}
	free(slots);
	slots = n;
	cap = ncap;
}

// s[0..n)'s slot: its copy's, or the empty one where it would go.
static Slot *find(const char *s, size_t n, uint64_t h) {
	size_t i = h & (cap - 1);
	for (; slots[i].str; i = (i + 1) & (cap - 1))
		if (slots[i].hash == h && slots[i].len == n && !memcmp(slots[i].str, s, n))
			break;
	return &slots[i];
}

const char *intern_n(const char *s, size_t n) {
	if (2 * (count + 1) > cap)
		grow();
	uint64_t h = hash_bytes(s, n);
	Slot *slot = find(s, n, h);
	if (!slot->str) {
		*slot = (Slot){xstrndup(s, n), n, h};
		count++;
	}
	return slot->str;
}

const char *intern_find(const char *s, size_t n) {
	return cap ? find(s, n, hash_bytes(s, n))->str : NULL;
}

// What intern returned lately, by address: a string that is already its
// own canonical copy (the checker declares and looks up names the lexer
// interned, by the ten thousand) is recognised without hashing its bytes.
// Only intern's results go in: those hold no NUL before their end, so
// intern gives each back unchanged.
enum { RECENT = 1024 };
static const char *recent[RECENT];

static size_t recent_slot(const char *s) {
	return ((uintptr_t)s >> 3) & (RECENT - 1);
}

const char *intern(const char *s) {
	if (recent[recent_slot(s)] == s)
		return s;
	const char *r = intern_n(s, strlen(s));
	recent[recent_slot(r)] = r;
	return r;
}
