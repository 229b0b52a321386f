// scope.c - lexical scopes and the pointer map.
#include <string.h>
#include "scope.h"
#include "diag.h"

Scope *scope_new(Scope *outer) {
	Scope *s = xcalloc(1, sizeof(Scope));
	s->outer = outer;
	return s;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
	// most recent first: block scopes are small, the package scope is
	// searched once per unresolved name
	for (int i = s->objs.len - 1; i >= 0; i--) {
		Obj *o = s->objs.data[i];
		if (!strcmp(o->name, name))
			return o;
	}
	return NULL;
}

Obj *scope_lookup(Scope *s, const char *name, Scope **where) {
	for (; s; s = s->outer) {
		Obj *o = scope_lookup_local(s, name);
		if (o) {
			if (where)
				*where = s;
			return o;
		}
	}
	return NULL;
}

Obj *scope_insert(Scope *s, Obj *o) {
	if (!strcmp(o->name, "_"))
		return NULL; // the blank identifier is never declared
	Obj *old = scope_lookup_local(s, o->name);
	if (old)
		return old;
	vec_push(&s->objs, o);
	return NULL;
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
