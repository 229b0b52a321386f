// scope.c - lexical scopes.
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
