// lookup.c - Go's selector rules: which field or method x.name denotes,
// searched breadth first through embedded fields like go/types'
// LookupFieldOrMethod. The checker resolves selectors and method sets
// with it; codegen finds the path of a promoted method's thunk with it.
#include <stdlib.h>
#include <string.h>
#include "types.h"

// A type still to search at the current depth, with the embedded fields
// walked to reach it.
typedef struct Cand {
	Type *t;
	int path[32];
	int npath;
	bool indirect;
} Cand;

int method_index(Vec *methods, const char *name) {
	for (int i = 0; i < methods->len; i++)
		if (!strcmp(((Method *)methods->data[i])->name, name))
			return i;
	return -1;
}

Method *method_by_name(Vec *methods, const char *name) {
	int i = method_index(methods, name);
	return i < 0 ? NULL : methods->data[i];
}

// What finding a member at candidate c selects: c's embedded-field path,
// then (for a field) the field's own index.
static Selection selection_at(const Cand *c, SelKind kind) {
	Selection sel = {.kind = kind, .npath = c->npath, .indirect = c->indirect};
	memcpy(sel.path, c->path, sizeof c->path);
	return sel;
}

static Selection method_selection(const Cand *c, Method *m, bool iface_method) {
	Selection sel = selection_at(c, SEL_METHOD);
	sel.method = m;
	sel.iface_method = iface_method;
	return sel;
}

static Selection field_selection(const Cand *c, Field *f, int index) {
	Selection sel = selection_at(c, SEL_FIELD);
	sel.field = f;
	if (sel.npath < 32)
		sel.path[sel.npath++] = index;
	return sel;
}

Selection lookup_field_or_method(Type *t, const char *name) {
	Selection sel = {0};
	if (!t || !strcmp(name, "_"))
		return sel;
	bool indirect = false;
	Type *u = type_under(t);
	if (t->kind != TY_NAMED && u->kind == TY_PTR) {
		t = t->elem;
		indirect = true;
		if (type_is_interface(t))
			return sel; // pointer to interface has no methods
	}
	// Each depth's candidates are freed after it: selectors are many, and
	// the result is a copy (selection_at).
	Vec cur = {0}, seen = {0};
	Cand *c0 = xcalloc(1, sizeof(Cand));
	c0->t = t;
	c0->indirect = indirect;
	vec_push(&cur, c0);
	int found = 0;
	while (cur.len && !found) {
		Vec next = {0};
		for (int i = 0; i < cur.len; i++) {
			Cand *c = cur.data[i];
			Type *ct = c->t;
			if (ct->kind == TY_NAMED) {
				bool dup = false;
				for (int k = 0; k < seen.len; k++)
					if (seen.data[k] == ct)
						dup = true;
				if (dup)
					continue;
				vec_push(&seen, ct);
				Method *m = method_by_name(&ct->methods, name);
				if (m) {
					if (!found++)
						sel = method_selection(c, m, false);
					continue;
				}
			}
			Type *cu = type_under(ct);
			if (cu->kind == TY_STRUCT) {
				for (int k = 0; k < cu->fields.len; k++) {
					Field *f = cu->fields.data[k];
					if (!strcmp(f->name, name)) {
						if (!found++)
							sel = field_selection(c, f, k);
						continue;
					}
					if (f->embedded && c->npath < 31) {
						Cand *n = xcalloc(1, sizeof(Cand));
						*n = *c;
						n->path[n->npath++] = k;
						Type *ft = f->type;
						if (ft->kind == TY_PTR) {
							ft = ft->elem;
							n->indirect = true;
						}
						n->t = ft;
						vec_push(&next, n);
					}
				}
			} else if (cu->kind == TY_INTERFACE) {
				Method *m = method_by_name(&cu->methods, name);
				if (m && !found++)
					sel = method_selection(c, m, true);
			}
		}
		for (int i = 0; i < cur.len; i++)
			free(cur.data[i]);
		free(cur.data);
		cur = next;
	}
	for (int i = 0; i < cur.len; i++)
		free(cur.data[i]);
	free(cur.data);
	free(seen.data);
	if (found > 1)
		sel.kind = SEL_AMBIGUOUS;
	return sel;
}
