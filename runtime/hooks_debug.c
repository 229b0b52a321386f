// hooks_debug.c - the body-less functions of goscape's runtime/debug
// (lib/runtime/debug): the collector's settings. Entry points in
// hooks.S; each gets the address of its Go argument block, arguments
// then results in 8-byte slots.
#include "rt.h"
#include "heap.h"

// func SetGCPercent(percent int) int
void hook_debug_setgcpercent(intptr_t *f) { f[1] = gc_set_percent(f[0]); }

// func FreeOSMemory(): a collection, then every free page back to the OS.
void hook_debug_freeosmemory(void *f) {
	runtime_gc();
	mheap_scavenge(heap_stats.ngc + 1, 0);
}
