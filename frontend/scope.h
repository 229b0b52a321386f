// scope.h - lexical scopes (universe, package, file, blocks).
#ifndef GOSCAPE_SCOPE_H
#define GOSCAPE_SCOPE_H

#include "ast.h"

// Names are compared as interned pointers (intern.h). A scope of a few
// names is searched linearly; a larger one (the universe, a package, a
// function with thousands of locals) also keeps a map from name to object.
typedef struct Scope Scope;
struct Scope {
	Scope *outer;
	Vec objs;            // Obj*, in declaration order; names interned
	PtrMap by_name;      // interned name -> Obj*, once objs outgrows a scan
	bool is_func;        // the outermost block of a function body
	bool kept;           // referred to after it closes (scope_keep)
	PtrMap dot_imports;  // file scopes: member Obj* -> the OBJ_PKG of the dot import declaring it
};

Scope *scope_new(Scope *outer);
// A block's scope is freed when the block is checked, unless something
// keeps it for later (a local generic type checks its instances in it):
// s and the scopes around it are then never freed.
void scope_keep(Scope *s);
// Frees s (not its objects) unless it is kept: scope_new reuses it.
void scope_close(Scope *s);
Obj *scope_lookup_local(Scope *s, const char *name);
// Looks name up from s outwards; *where (if not NULL) gets the scope found in.
// An interned name (an identifier's) is found fastest.
Obj *scope_lookup(Scope *s, const char *name, Scope **where);
// Inserts o (interning o->name); returns the object already declared under
// that name (o is then not inserted), or NULL.
Obj *scope_insert(Scope *s, Obj *o);

#endif
