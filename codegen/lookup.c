// lookup.c - see lookup.h.
#include <string.h>
#include "../frontend/check.h"
#include "lookup.h"

Method *method_lookup(Type *t, const char *name, int *path, int maxpath, int *npath, bool *iface_method) {
	Selection sel = lookup_field_or_method(t, name);
	if (sel.kind != SEL_METHOD || sel.npath > maxpath)
		return NULL;
	memcpy(path, sel.path, sizeof(int) * (size_t)sel.npath);
	*npath = sel.npath;
	*iface_method = sel.iface_method;
	return sel.method;
}
