// gc.c - the collection cycle, its pacing (GOGC) and its reporting
// (GODEBUG=gctrace=1, GOSCAPE_DEBUG=allocs=1 and 2).
//
// A cycle stops the world (there is only one thread): hand the mcache's
// spans back, mark from the roots (gc_mark.c), sweep every span, set the
// next goal, and give pages idle for a whole cycle back to the OS while
// more than 110% of the goal is resident. The goal is
//   goal = live + (live + globals) * GOGC/100, at least 4 MiB * GOGC/100,
// as Go's pacer computes it. The next cycle starts when the heap reaches
// the goal (Go starts a little earlier because it marks concurrently).
#include "heap.h"
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

GCSettings gc_settings = {.gogc = 100};
void (*runtime_gc_scan_stacks)(void (*scan)(uintptr_t lo, uintptr_t hi));
void (*runtime_gc_release_stacks)(void);

extern char __data_start[], _end[];   // linker symbols bounding data+bss

static uint64_t start_ns;

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uintptr_t globals_bytes(void) { return (uintptr_t)(_end - __data_start); }

static void set_goal(void)
{
	if (gc_settings.gogc < 0) {
		heap_stats.heap_goal = UINTPTR_MAX >> 1;
		return;
	}
	uintptr_t live = heap_stats.heap_marked, pct = (uintptr_t)gc_settings.gogc;
	uintptr_t goal = live + (live + globals_bytes()) * pct / 100;
	uintptr_t floor = ((uintptr_t)4 << 20) * pct / 100;
	heap_stats.heap_goal = goal > floor ? goal : floor;
}

// The value of setting name in list (comma-separated name=N), 0 if absent.
static int setting(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = list; p && *p; ) {
		if (strncmp(p, name, n) == 0 && p[n] == '=')
			return atoi(p + n + 1);
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return 0;
}

void gc_settings_load(void)
{
	const char *gogc = getenv("GOGC");
	gc_settings.gogc = 100;
	if (gogc && strcmp(gogc, "off") == 0)
		gc_settings.gogc = -1;
	else if (gogc && *gogc)
		gc_settings.gogc = atoi(gogc);
	const char *godebug = getenv("GODEBUG"), *ours = getenv("GOSCAPE_DEBUG");
	gc_settings.gctrace = setting(godebug, "gctrace") != 0;
	int allocs = setting(ours, "allocs");
	gc_settings.allocs = allocs > 0 ? (unsigned)allocs : 0;
	gc_settings.checkescape = setting(ours, "checkescape") != 0;
	gc_settings.heapreport = setting(ours, "heap") != 0;
	int stress = setting(ours, "gcstress");
	gc_settings.gcstress = stress > 0 ? (unsigned)stress : 0;
	set_goal();
}

__attribute__((constructor)) static void heap_init(void)
{
	start_ns = now_ns();
	gc_settings_load();
	atexit(runtime_heap_exit_report);
}

// Go's gctrace formatting of a duration: whole milliseconds from 10 ms
// up, otherwise two significant digits with at most three decimals.
static void format_ms(char *buf, size_t n, uint64_t ns)
{
	if (ns >= 10000000) {
		snprintf(buf, n, "%llu", (unsigned long long)(ns / 1000000));
		return;
	}
	uint64_t x = ns / 1000;
	int decimals = 3;
	for (; x >= 100; x /= 10)
		decimals--;
	uint64_t scale = 1;
	for (int i = 0; i < decimals; i++)
		scale *= 10;
	if (x == 0)
		snprintf(buf, n, "0");
	else
		snprintf(buf, n, "%llu.%0*llu", (unsigned long long)(x / scale), decimals,
		         (unsigned long long)(x % scale));
}

static void trace_cycle(bool forced, uint64_t t0, uint64_t t1, uint64_t t2, uint64_t t3,
                        uintptr_t before, uintptr_t goal)
{
	char a[32], b[32], c[32], line[320];
	format_ms(a, sizeof a, t1 - t0);
	format_ms(b, sizeof b, t2 - t1);
	format_ms(c, sizeof c, t3 - t2);
	uint64_t elapsed = t3 - start_ns;
	unsigned pct = elapsed ? (unsigned)(heap_stats.pause_ns * 100 / elapsed) : 0;
	int len = snprintf(line, sizeof line,
		"gc %u @%.3fs %u%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, %zu->%zu->%zu MB, "
		"%zu MB goal, 0 MB stacks, %zu MB globals, 1 P%s\n",
		heap_stats.ngc, (double)elapsed / 1e9, pct, a, b, c, a, b, c,
		before >> 20, before >> 20, heap_stats.heap_marked >> 20, goal >> 20,
		globals_bytes() >> 20, forced ? " (forced)" : "");
	rt_stderr_write(line, (size_t)len);
}

void gc_collect(bool forced, uintptr_t sp)
{
	uint64_t t0 = now_ns();
	uintptr_t before = heap_stats.heap_live, goal = heap_stats.heap_goal;
	heap_stats.ngc++;
	mcache_flush();
	uint64_t t1 = now_ns();
	gc_mark_roots_and_heap(sp);
	uint64_t t2 = now_ns();
	heap_stats.heap_live = heap_stats.heap_marked = mcentral_sweepall();
	set_goal();
	// Like Go's scavenger: keep about 10% over the goal resident.
	mheap_scavenge(heap_stats.ngc, heap_stats.heap_goal / 10 * 11);
	if (runtime_gc_release_stacks)
		runtime_gc_release_stacks();
	uint64_t t3 = now_ns();
	heap_stats.pause_ns += t3 - t0;
	if (gc_settings.gctrace)
		trace_cycle(forced, t0, t1, t2, t3, before, goal);
}

void gc_maybe_collect(uintptr_t size)
{
	if (gc_settings.gcstress ? heap_stats.nalloc % gc_settings.gcstress == 0
	                         : heap_stats.heap_live + size > heap_stats.heap_goal)
		gc_spill_and_collect(false);
}

void runtime_gc(void) { gc_spill_and_collect(true); }

intptr_t gc_set_percent(intptr_t pct)
{
	intptr_t old = gc_settings.gogc;
	gc_settings.gogc = pct < 0 ? -1 : pct;
	set_goal();
	return old;
}

void runtime_heap_exit_report(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	// A last check, so that programs too small to ever collect are checked too.
	if (gc_settings.checkescape && gc_on_known_stack((uintptr_t)__builtin_frame_address(0)))
		runtime_gc();
	if (gc_settings.heapreport)
		heap_supply_report();
	if (!gc_settings.allocs)
		return;
	char line[200];
	int len = snprintf(line, sizeof line, "goscape: %llu heap allocations, %llu bytes, %u GCs, %.2f ms pause\n",
	                   (unsigned long long)heap_stats.nalloc, (unsigned long long)heap_stats.nallocbytes,
	                   heap_stats.ngc, (double)heap_stats.pause_ns / 1e6);
	rt_stderr_write(line, (size_t)len);
	if (gc_settings.allocs > 1)
		allocsite_report();
}
