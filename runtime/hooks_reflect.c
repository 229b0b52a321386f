// hooks_reflect.c - the body-less functions of goscape's reflect
// (lib/reflect): typed allocation and the runtime's maps. Entry points
// in hooks.S; each gets the address of its Go argument block, arguments
// then results in 8-byte slots.
#include "rt.h"
#include "heap.h"

// func unsafe_New(t *rtype) unsafe.Pointer
void hook_reflect_new(void **f) {
	const GoType *t = f[0];
	f[1] = runtime_new(t->size, t);
}

// func maplen(m unsafe.Pointer) int
void hook_reflect_maplen(intptr_t *f) { f[1] = f[0] ? runtime_maplen((GoMap *)f[0]) : 0; }

typedef struct MapFrame {
	const GoType *t;
	GoMap *m;
	const void *key;
	void *result;
} MapFrame;

// func mapaccess(t *rtype, m, key unsafe.Pointer) unsafe.Pointer: nil when absent
void hook_reflect_mapaccess(MapFrame *f) {
	bool ok = false;
	void *p = f->m ? runtime_mapaccess2(f->t, f->m, f->key, &ok) : NULL;
	f->result = ok ? p : NULL;
}

// func mapassign(t *rtype, m, key unsafe.Pointer) unsafe.Pointer
void hook_reflect_mapassign(MapFrame *f) { f->result = runtime_mapassign(f->t, f->m, f->key); }

// func mapdelete(t *rtype, m, key unsafe.Pointer)
void hook_reflect_mapdelete(MapFrame *f) {
	if (f->m)
		runtime_mapdelete(f->t, f->m, f->key);
}

// func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)
void hook_reflect_mapiterinit(void **f) { runtime_mapiterinit(f[0], f[1], f[2]); }

// func mapiternext(it *hiter)
void hook_reflect_mapiternext(void **f) { runtime_mapiternext(f[0]); }

// func unsafe_NewArray(t *rtype, n int) unsafe.Pointer
void hook_reflect_newarray(void **f) {
	const GoType *t = f[0];
	intptr_t n = (intptr_t)f[1];
	f[2] = runtime_alloc(t->size * (uintptr_t)n, t->ptrdata == 0);
}

// func makemap(t *rtype, hint int) unsafe.Pointer
void hook_reflect_makemap(void **f) { f[2] = runtime_makemap(f[0], (intptr_t)f[1]); }
