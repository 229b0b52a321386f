// scope.h - lexical scopes (universe, package, file, blocks).
#ifndef GOSCAPE_SCOPE_H
#define GOSCAPE_SCOPE_H

#include "ast.h"

typedef struct Scope Scope;
struct Scope {
	Scope *outer;
	Vec objs;            // Obj*, in declaration order
	bool is_func;        // the outermost block of a function body
};

Scope *scope_new(Scope *outer);
Obj *scope_lookup_local(Scope *s, const char *name);
// Looks name up from s outwards; *where (if not NULL) gets the scope found in.
Obj *scope_lookup(Scope *s, const char *name, Scope **where);
// Inserts o; returns the object already declared under that name (o is
// then not inserted), or NULL.
Obj *scope_insert(Scope *s, Obj *o);

#endif
