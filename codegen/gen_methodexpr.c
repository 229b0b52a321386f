// gen_methodexpr.c - method expressions T.m and (*T).m as func values and
// as direct callees. The method itself serves when it takes the receiver
// the expression's first parameter has; otherwise (m promoted through
// embedded fields, or a value method through a pointer) a thunk finds
// the receiver (gen_call.c: method_expr_thunk).
#include <string.h>
#include "cg.h"

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
	return method_index(&type_under(st)->methods, name);
}

// Thunks keep at most this many embedded-field steps (gen_call.c).
enum { MAX_THUNK_PATH = 16 };

const char *method_expr_code(Node *e) {
	Type *t = type_under(e->type)->params.data[0];
	if (type_is_interface(type_under(t)))
		return NULL;
	bool by_value = type_under(t)->kind != TY_PTR;
	Type *outer = by_value ? t : type_under(t)->elem;
	Selection sel = lookup_field_or_method(t, method_name(e));
	if (sel.kind != SEL_METHOD || sel.npath > MAX_THUNK_PATH) {
		unsupported(e->pos, "this method expression");
		return e->obj ? func_symbol(e->obj) : NULL;
	}
	Obj *m = sel.iface_method ? NULL : sel.method->func;
	if (m && sel.npath == 0 && (by_value || m->ptr_recv))
		return func_symbol(m);
	int iindex = m ? 0 : embedded_iface_index(outer, sel.path, sel.npath, sel.method->name);
	return method_expr_thunk(outer, by_value, sel.path, sel.npath, m, m ? NULL : sel.method, iindex);
}

void gen_method_expr(Node *e) {
	const char *code = method_expr_code(e);
	if (!code) {
		gen_iface_method_expr(e);
		return;
	}
	emit("lea %s..f(%%rip), %%rax", code);
}
