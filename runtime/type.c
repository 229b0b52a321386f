// type.c - questions the runtime asks about type descriptors, and calling
// the String/Error methods they list.
#include <string.h>
#include "rt.h"

bool type_is_pointer_shaped(const GoType *t) {
	switch (t->kind) {
	case KIND_PTR: case KIND_MAP: case KIND_CHAN: case KIND_FUNC: case KIND_UNSAFEPTR:
		return true;
	}
	return false;
}

// Whether the runtime makes a descriptor of t's type too (string, error):
// a basic type or a universe type, which spell the type exactly.
static bool spelled_exactly(const GoType *t) {
	if (t->named)
		return memchr(t->str.ptr, '.', (size_t)t->str.len) == NULL;
	return t->kind <= KIND_COMPLEX128 || t->kind == KIND_STRING || t->kind == KIND_UNSAFEPTR;
}

// Codegen emits one descriptor per type identity (each object's copies
// merged by the linker, typedesc.c), so the address decides, except for
// the runtime's own descriptors of basic and universe types: for those
// compare spellings too. Other spellings are no identity: the package of
// unexported names, embedded aliases, tags and package paths do not show.
bool type_same(const GoType *a, const GoType *b) {
	if (a == b)
		return true;
	if (!a || !b || !spelled_exactly(a) || a->hash != b->hash || a->kind != b->kind || a->named != b->named ||
	    a->str.len != b->str.len)
		return false;
	return mem_eq(a->str.ptr, b->str.ptr, (size_t)a->str.len);
}

static bool iface_is_empty(const GoType *t) { return t->len == 0 && t->nmethods == 0; }

const GoType *iface_dyntype(const GoType *t, const void *p) {
	if (iface_is_empty(t))
		return ((const GoEface *)p)->type;
	const GoItab *itab = ((const GoIface *)p)->itab;
	return itab ? itab->type : NULL;
}

const void *eface_valueptr(const GoType *dyn, void *const *dataword) {
	return type_is_pointer_shaped(dyn) ? (const void *)dataword : *dataword;
}

void *type_method(const GoType *t, const char *name) {
	size_t n = strlen(name);
	for (uintptr_t i = 0; i < t->nmethods; i++) {
		const GoString *m = &t->methods[i].name;
		if ((size_t)m->len == n && mem_eq(m->ptr, name, n))
			return t->methods[i].fn;
	}
	return NULL;
}

// Calls a `func() string` method fn on the receiver data word.
static GoString call_string_method(void *fn, void *recvword) {
	// Receiver word, then the GoString result.
	uintptr_t frame[3] = {(uintptr_t)recvword, 0, 0};
	runtime_call_go(fn, frame, sizeof frame, NULL);
	return (GoString){(const uint8_t *)frame[1], (intptr_t)frame[2]};
}

typedef struct MethodCall {
	void *fn, *recvword;
	GoString result;
} MethodCall;

static void call_method(void *arg) {
	MethodCall *c = arg;
	c->result = call_string_method(c->fn, c->recvword);
}

bool call_string_method_recovering(void *fn, void *recvword, GoString *result, RtRecovery *rec) {
	MethodCall c = {fn, recvword, {0}};
	if (rt_call_recovering(call_method, &c, rec))
		return false;
	*result = c.result;
	return true;
}

bool type_comparable(const GoType *t) {
	switch (t->kind) {
	case KIND_SLICE: case KIND_MAP: case KIND_FUNC:
		return false;
	case KIND_ARRAY:
		return type_comparable(t->elem);
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++)
			if (!type_comparable(t->fields[i].type))
				return false;
		return true;
	}
	return true;
}
