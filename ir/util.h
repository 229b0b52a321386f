// util.h - the general helpers every stage uses: out-of-memory-safe
// allocation, the growable pointer array (Vec) and the pointer-keyed map
// (PtrMap). Nothing here knows about Go.
#ifndef GOSCAPE_UTIL_H
#define GOSCAPE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

// Allocation that aborts with a message instead of returning NULL. The
// compiler frees little: most of what it allocates lives until it exits
// (the pools below hold what does not).
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
// Zeroed memory for the many small objects of the tree (nodes, objects):
// carved from large blocks, so without malloc's per-block header and
// call; never to be passed to free or realloc.
void *arena_zalloc(size_t n);
// Pieces of the arena 8-byte aligned, carved one after the other from
// chunks of their own (arena_zalloc's 16-byte rounding would add a word to
// many of the tree's nodes and lists). Zeroed; zero-initialise a Carver.
typedef struct Carver {
	char *next, *end;
} Carver;
void *carve(Carver *c, size_t n);
// Lengthens the piece that ends at end by n bytes, in place, when it was
// the last one carved and its chunk has room; else false.
bool carve_extend(Carver *c, const void *end, size_t n);
// s[0..n) and a NUL in the arena: for the tree's many short strings.
char *arena_strndup(const char *s, size_t n);
// A pool: memory for the objects of one unit of work (an escape
// batch, a function's code), released all at once by pool_free, so that
// the next unit reuses it. Zero-initialise.
typedef struct Pool {
	struct PoolChunk *chunks;
	char *next;
	size_t left;
} Pool;
void *pool_alloc(Pool *p, size_t n);  // not zeroed: for what the caller fills entirely
void *pool_zalloc(Pool *p, size_t n);
void pool_free(Pool *p);
// printf's text in the pool.
char *pool_asprintf(Pool *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *pool_vasprintf(Pool *p, const char *fmt, va_list ap);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

// A growable array of pointers; used for every list in the tree. cap 0
// with len > 0: the array is not vec_push's (the parser's lists live in
// the arena), and the first push moves the items to one that is.
typedef struct Vec {
	void **data;
	int len, cap;
} Vec;

void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v).data[(i)])

// Open-addressing map from pointers to pointers; zero-initialise.
typedef struct PtrMap {
	void **keys, **vals;
	int cap, len;
} PtrMap;

void *ptrmap_get(PtrMap *m, const void *key);
void ptrmap_put(PtrMap *m, const void *key, void *val);
// Frees m's arrays: m is empty again.
void ptrmap_free(PtrMap *m);

#endif
