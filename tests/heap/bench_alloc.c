// bench_alloc.c - allocation throughput of runtime_new against glibc malloc.
//
// The same loop for both: mixed small sizes (8..512 bytes, a few 2-16 KiB)
// kept in a ring of WINDOW live objects, so the oldest dies as a new one is
// made. malloc frees the evicted object explicitly; the runtime's collector
// finds it. Prints ns per allocation for each and their ratio.
//
//   usage: bench_alloc [allocations] [window]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "goscape.h"

static const uint8_t node_bits[] = {0x1};
static const GoType node_type = {.size = 16, .ptrdata = 8, .gcbits = node_bits, .kind = KIND_STRUCT};

void **ring;                   // the live window; a global, so a GC root

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint64_t rng = 0x2545f4914f6cdd1du;

static uintptr_t next_size(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	unsigned r = (unsigned)(rng % 1000);
	if (r < 5)
		return 2048 + (rng >> 20) % 14336;   // 0.5%: 2-16 KiB
	return 8 + (rng >> 20) % 505;            // 8..512 bytes
}

typedef void *(*allocfn)(uintptr_t size, int typed);

static void *with_runtime(uintptr_t size, int typed)
{
	return typed ? runtime_new(size / 16 * 16 + 16, &node_type) : runtime_alloc(size, true);
}

static void *with_malloc(uintptr_t size, int typed)
{
	uintptr_t n = typed ? size / 16 * 16 + 16 : size;
	void *p = malloc(n);
	memset(p, 0, n);           // runtime_new returns zeroed memory: compare like with like
	return p;
}

static double run(allocfn alloc, int frees, long count, long window)
{
	rng = 0x2545f4914f6cdd1du;
	memset(ring, 0, (size_t)window * sizeof *ring);
	double t0 = now();
	for (long i = 0; i < count; i++) {
		long k = i % window;
		if (frees)
			free(ring[k]);
		void **p = alloc(next_size(), (int)(i & 1));
		if (i & 1)
			p[0] = ring[(k + 1) % window];   // a pointer to trace
		ring[k] = p;
	}
	double t = now() - t0;
	if (frees)
		for (long k = 0; k < window; k++)
			free(ring[k]);
	return t;
}

int main(int argc, char **argv)
{
	long count = argc > 1 ? atol(argv[1]) : 10000000;
	long window = argc > 2 ? atol(argv[2]) : 10000;
	ring = calloc((size_t)window, sizeof *ring);
	double tm = run(with_malloc, 1, count, window);
	free(ring);
	// The collector does not scan malloc memory: the runtime's ring is a
	// conservatively scanned GC block, reachable from the global.
	ring = runtime_alloc((uintptr_t)window * sizeof *ring, false);
	double tr = run(with_runtime, 0, count, window);
	printf("allocations: %ld, live window: %ld objects\n", count, window);
	printf("glibc malloc+memset+free: %6.1f ns/alloc\n", tm / count * 1e9);
	printf("runtime_new/alloc (GC):   %6.1f ns/alloc  (%.2fx malloc)\n", tr / count * 1e9, tr / tm);
	return 0;
}
