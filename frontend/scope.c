// scope.c - lexical scopes.
#include <stdlib.h>
#include <string.h>
#include "scope.h"
#include "diag.h"
#include "intern.h"

// Closed scopes, linked through outer, for scope_new to reuse with their
// objs arrays: blocks open and close by the ten thousand.
static Scope *closed;

Scope *scope_new(Scope *outer) {
	Scope *s = closed;
	if (!s)
		s = xcalloc(1, sizeof(Scope));
	else {
		closed = s->outer;
		Vec objs = {s->objs.data, 0, s->objs.cap};
		*s = (Scope){.objs = objs};
	}
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
	ptrmap_free(&s->by_name);
	ptrmap_free(&s->dot_imports);
	s->outer = closed;
	closed = s;
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

static Obj *lookup_interned(Scope *s, const char *name, Scope **where) {
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

// Most names looked up are an identifier's, which the lexer interned:
// they are found as they are, without hashing their bytes. A name found
// that way is the interned one (declared names are); one not found may be
// another copy of it.
Obj *scope_lookup(Scope *s, const char *name, Scope **where) {
	Obj *o = lookup_interned(s, name, where);
	if (o)
		return o;
	const char *interned = intern_find(name, strlen(name));
	return interned && interned != name ? lookup_interned(s, interned, where) : NULL;
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
