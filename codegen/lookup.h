// lookup.h - the checker's selector resolution (frontend/check.h) as
// codegen needs it. A bridge of its own because check.h and cg.h each
// define the operator enum and cannot be included together.
#ifndef GOSCAPE_CODEGEN_LOOKUP_H
#define GOSCAPE_CODEGEN_LOOKUP_H

#include <stdbool.h>
#include "types.h"

// Method name of type t as Go's selector rules find it: the embedded
// fields walked (at most maxpath indices into path, count in *npath) and
// whether it is an interface's method. NULL: no such method, or a path
// longer than maxpath.
Method *method_lookup(Type *t, const char *name, int *path, int maxpath, int *npath, bool *iface_method);

#endif
