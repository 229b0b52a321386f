// util.c - the helpers of util.h.
#include <malloc.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "util.h"
#include "vformat.h"

static void out_of_memory(size_t n) {
	fprintf(stderr, "goscape: out of memory (allocating %zu bytes)\n", n);
	abort();
}

void *xmalloc(size_t n) {
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

// glibc's calloc and realloc never take a block from the thread's cache
// of recently freed ones (tcache) that malloc and free use; they search
// the bins every time. Most blocks here are small and short-lived (a
// statement's arrays, a Vec growing), so below tcache's largest size
// they are malloc'd (and zeroed or copied) instead: about a fifth of the
// instructions per block.
enum { TCACHE_MAX = 1024 };

void *xcalloc(size_t n, size_t size) {
	size_t bytes;
	if (!__builtin_mul_overflow(n, size, &bytes) && bytes <= TCACHE_MAX)
		return memset(xmalloc(bytes), 0, bytes);
	// Bigger ones stay calloc's: it skips zeroing fresh pages.
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory(n * size);
	return p;
}

// Blocks are fresh zero pages from mmap, in 2 MiB huge pages where the
// kernel allows: one page fault per 2 MiB of tree instead of 512.
enum { ARENA_BLOCK = 2 << 20 };

static char *arena_block(void) {
	size_t size = 2 * ARENA_BLOCK; // room to align to ARENA_BLOCK
	char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		out_of_memory(size);
	char *block = (char *)(((uintptr_t)p + ARENA_BLOCK - 1) & ~(uintptr_t)(ARENA_BLOCK - 1));
	if (block > p)
		munmap(p, (size_t)(block - p));
	munmap(block + ARENA_BLOCK, (size_t)(p + size - (block + ARENA_BLOCK)));
	madvise(block, ARENA_BLOCK, MADV_HUGEPAGE);
	return block;
}

void *arena_zalloc(size_t n) {
	static char *next, *end;
	n = (n + 15) & ~(size_t)15;
	if (n > ARENA_BLOCK / 8)
		return xcalloc(1, n);
	if ((size_t)(end - next) < n) {
		next = arena_block();
		end = next + ARENA_BLOCK;
	}
	void *p = next;
	next += n;
	return p;
}

enum { CARVE_CHUNK = 64 * 1024 };

void *carve(Carver *c, size_t n) {
	n = (n + 7) & ~(size_t)7;
	if (n > CARVE_CHUNK / 4)
		return arena_zalloc(n);
	if ((size_t)(c->end - c->next) < n) {
		c->next = arena_zalloc(CARVE_CHUNK);
		c->end = c->next + CARVE_CHUNK;
	}
	void *p = c->next;
	c->next += n;
	return p;
}

bool carve_extend(Carver *c, const void *end, size_t n) {
	n = (n + 7) & ~(size_t)7;
	if (end != c->next || (size_t)(c->end - c->next) < n)
		return false;
	c->next += n;
	return true;
}

struct PoolChunk {
	struct PoolChunk *prev;
	_Alignas(16) char mem[];
};

void *pool_alloc(Pool *p, size_t n) {
	enum { CHUNK = 64 * 1024 };
	n = (n + 15) & ~(size_t)15;
	if (n > p->left) {
		size_t size = n > CHUNK ? n : CHUNK;
		struct PoolChunk *c = xmalloc(sizeof *c + size);
		c->prev = p->chunks;
		p->chunks = c;
		p->next = c->mem;
		p->left = size;
	}
	void *r = p->next;
	p->next += n;
	p->left -= n;
	return r;
}

// Zeroed as it is handed out, not by chunk: most users take a fraction of one.
void *pool_zalloc(Pool *p, size_t n) {
	return memset(pool_alloc(p, n), 0, n);
}

void pool_free(Pool *p) {
	while (p->chunks) {
		struct PoolChunk *c = p->chunks;
		p->chunks = c->prev;
		free(c);
	}
	*p = (Pool){0};
}

char *arena_strndup(const char *s, size_t n) {
	char *p = arena_zalloc(n + 1);
	memcpy(p, s, n);
	return p;
}

char *xstrndup(const char *s, size_t n) {
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xstrdup(const char *s) {
	return xstrndup(s, strlen(s));
}

// Most strings are short (labels, operands): formatted once into a
// local buffer, and a second time only when they do not fit.
char *xvasprintf(const char *fmt, va_list ap) {
	char small[256];
	int n = vformat_copy(small, sizeof small, fmt, ap);
	if (n >= 0)
		return xstrndup(small, (size_t)n);
	va_list ap2;
	va_copy(ap2, ap);
	n = vsnprintf(small, sizeof small, fmt, ap2);
	va_end(ap2);
	if ((size_t)n < sizeof small)
		return xstrndup(small, (size_t)n);
	char *buf = xmalloc((size_t)n + 1);
	vsnprintf(buf, (size_t)n + 1, fmt, ap);
	return buf;
}

char *xasprintf(const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

// The text in the pool: for the many short strings of one unit of work (a
// function's operands and labels), freed with it. It is formatted where
// the pool's next piece starts, when it fits in what is left of the
// chunk (nearly always), and that piece is taken: no copy.
char *pool_vasprintf(Pool *p, const char *fmt, va_list ap) {
	int n = p->left ? vformat_copy(p->next, p->left, fmt, ap) : -1;
	if (n >= 0)
		return pool_alloc(p, (size_t)n + 1);  // p->next, which holds the text
	char *text = xvasprintf(fmt, ap);
	size_t len = strlen(text);
	char *s = memcpy(pool_alloc(p, len + 1), text, len + 1);
	free(text);
	return s;
}

char *pool_asprintf(Pool *p, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	char *s = pool_vasprintf(p, fmt, ap);
	va_end(ap);
	return s;
}

void *xrealloc(void *p, size_t n) {
	if (p && n <= TCACHE_MAX) { // see xcalloc
		size_t old = malloc_usable_size(p);
		if (n <= old)
			return p;
		void *q = memcpy(xmalloc(n), p, old);
		free(p);
		return q;
	}
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

void vec_push(Vec *v, void *item) {
	if (v->len >= v->cap) {
		int cap = v->len ? v->len * 2 : 2; // most lists of the tree hold one or two
		if (v->cap)
			v->data = xrealloc(v->data, sizeof(void *) * (size_t)cap);
		else { // empty, or an array that is not ours to grow (util.h)
			void **data = xmalloc(sizeof(void *) * (size_t)cap);
			if (v->len)
				memcpy(data, v->data, sizeof(void *) * (size_t)v->len);
			v->data = data;
		}
		// malloc rounds a block up (one for two pointers holds three):
		// the room is the list's, and spares a growth.
		v->cap = (int)(malloc_usable_size(v->data) / sizeof(void *));
	}
	v->data[v->len++] = item;
}

static unsigned ptr_hash(const void *p) {
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (unsigned)(x >> 32);
}

void *ptrmap_get(PtrMap *m, const void *key) {
	if (!m->cap)
		return NULL;
	for (unsigned i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i])
			return NULL;
		if (m->keys[i] == key)
			return m->vals[i];
	}
}

void ptrmap_put(PtrMap *m, const void *key, void *val) {
	if (2 * (m->len + 1) > m->cap) {
		PtrMap n = {0};
		n.cap = m->cap ? 2 * m->cap : 64;
		n.keys = xcalloc(n.cap, sizeof(void *));
		n.vals = xcalloc(n.cap, sizeof(void *));
		for (int i = 0; i < m->cap; i++)
			if (m->keys[i])
				ptrmap_put(&n, m->keys[i], m->vals[i]);
		// The old arrays are the map's alone: a PtrMap is never copied
		// by value while in use (make asan would see a copy's reads).
		free(m->keys);
		free(m->vals);
		*m = n;
	}
	for (unsigned i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->keys[i]) {
			m->keys[i] = (void *)key;
			m->vals[i] = val;
			m->len++;
			return;
		}
		if (m->keys[i] == key) {
			m->vals[i] = val;
			return;
		}
	}
}

void ptrmap_free(PtrMap *m) {
	free(m->keys);
	free(m->vals);
	*m = (PtrMap){0};
}
