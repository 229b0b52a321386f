// hooks_lib.c - the body-less functions of goscape's own Go packages
// (lib/runtime, lib/internal/reflectlite) that are not about the
// environment (runtime.GOROOT is in hooks_syscall.c). Entry points in
// hooks.S: each gets the address of its Go argument block, arguments then
// results in 8-byte slots.
#include "rt.h"
#include "heap.h"

// runtime.GC()
void hook_runtime_gc(void *args) {
	runtime_gc();
}

// runtime.Gosched()
void hook_runtime_gosched(void *args) {
	runtime_gosched();
}

// runtime.NumGoroutine() int
void hook_runtime_numgoroutine(intptr_t *result) {
	*result = runtime_numgoroutine();
}

// runtime.NumCPU() int
void hook_runtime_numcpu(intptr_t *result) {
	*result = runtime_numcpu();
}

// internal/reflectlite.getitab(inter, typ *rtype, canfail bool) unsafe.Pointer
typedef struct GetitabArgs {
	const GoType *inter, *type;
	bool canfail;
	const GoItab *result;
} GetitabArgs;

void hook_reflectlite_getitab(GetitabArgs *a) {
	a->result = runtime_getitab(a->inter, a->type, a->canfail);
}
