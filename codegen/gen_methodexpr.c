// gen_methodexpr.c - method expressions T.m and (*T).m as func values and
// as direct callees. The method itself serves when it takes the receiver
// the expression's first parameter has; otherwise (m promoted through
// embedded fields, or a value method through a pointer) a thunk finds
// the receiver (gen_call.c: method_expr_thunk).
#include <string.h>
#include "cg.h"
#include "lookup.h"

bool is_method_expr(Node *e) {
	return e->kind == ND_FUNCNAME && (!e->obj || (e->obj->recv_type && e->name));
}

static const char *method_name(Node *e) {
	const char *dot = strrchr(e->name, '.');
	return dot ? dot + 1 : e->name;
}

// Index of method name in the interface type reached from outer through path.
static int embedded_iface_index(Type *outer, int *path, int npath, const char *name) {
	Type *st = outer;
	for (int i = 0; i < npath; i++) {
		Field *f = type_under(st)->fields.data[path[i]];
		st = type_under(f->type)->kind == TY_PTR ? type_under(f->type)->elem : f->type;
	}
	Type *u = type_under(st);
	for (int i = 0; i < u->methods.len; i++)
		if (!strcmp(((Method *)u->methods.data[i])->name, name))
			return i;
	return 0;
}

// Thunks keep at most this many embedded-field steps (gen_call.c).
enum { MAX_THUNK_PATH = 16 };

const char *method_expr_code(Node *e) {
	Type *t = type_under(e->type)->params.data[0];
	if (type_is_interface(type_under(t)))
		return NULL;
	bool by_value = type_under(t)->kind != TY_PTR;
	Type *outer = by_value ? t : type_under(t)->elem;
	int path[MAX_THUNK_PATH], npath = 0;
	bool iface_method = false;
	Method *sel = method_lookup(t, method_name(e), path, MAX_THUNK_PATH, &npath, &iface_method);
	if (!sel) {
		unsupported(e->pos, "this method expression");
		return e->obj ? func_symbol(e->obj) : NULL;
	}
	Obj *m = iface_method ? NULL : sel->func;
	if (m && npath == 0 && (by_value || m->ptr_recv))
		return func_symbol(m);
	int iindex = m ? 0 : embedded_iface_index(outer, path, npath, sel->name);
	return method_expr_thunk(outer, by_value, path, npath, m, m ? NULL : sel, iindex);
}

void gen_method_expr(Node *e) {
	const char *code = method_expr_code(e);
	if (!code) {
		gen_iface_method_expr(e);
		return;
	}
	emit("lea %s..f(%%rip), %%rax", code);
}
