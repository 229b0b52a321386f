// scope.c - lexical scopes.
#include <stdlib.h>
#include <string.h>
#include "scope.h"
#include "diag.h"
#include "intern.h"

Scope *scope_new(Scope *outer) {
	Scope *s = xcalloc(1, sizeof(Scope));
	s->outer = outer;
	return s;
}

void scope_keep(Scope *s) {
	for (; s && !s->kept; s = s->outer)
		s->kept = true;
}

void scope_close(Scope *s) {
	if (s->kept)
		return;
	free(s->objs.data);
	ptrmap_free(&s->by_name);
	ptrmap_free(&s->dot_imports);
	free(s);
}

// Up to this many objects a scope is scanned, most recent first; most
// blocks declare one or two names.
enum { SCAN_MAX = 8 };

// name is interned.
static Obj *find_local(Scope *s, const char *name) {
	if (s->by_name.cap)
		return ptrmap_get(&s->by_name, name);
	for (int i = s->objs.len - 1; i >= 0; i--) {
		Obj *o = s->objs.data[i];
		if (o->name == name)
			return o;
	}
	return NULL;
}

Obj *scope_lookup_local(Scope *s, const char *name) {
	return find_local(s, intern(name));
}

Obj *scope_lookup(Scope *s, const char *name, Scope **where) {
	name = intern(name);
	for (; s; s = s->outer) {
		Obj *o = find_local(s, name);
		if (o) {
			if (where)
				*where = s;
			return o;
		}
	}
	return NULL;
}

Obj *scope_insert(Scope *s, Obj *o) {
	o->name = intern(o->name);
	if (!strcmp(o->name, "_"))
		return NULL; // the blank identifier is never declared
	Obj *old = find_local(s, o->name);
	if (old)
		return old;
	vec_push(&s->objs, o);
	if (s->by_name.cap)
		ptrmap_put(&s->by_name, o->name, o);
	else if (s->objs.len > SCAN_MAX)
		for (int i = 0; i < s->objs.len; i++) {
			Obj *d = s->objs.data[i];
			ptrmap_put(&s->by_name, d->name, d);
		}
	return NULL;
}
