// devirt.c - Go's devirtualization pass, which runs before escape
// analysis (also under -l): an interface method call x.M(...) whose
// receiver x is a local that always holds a conversion of one concrete
// type T is analysed as a direct call of T's method M, and -m reports
// "devirtualizing x.M to T".
#include <string.h>
#include "escape_int.h"

static PtrMap g_devirt;     // ND_CALL -> Devirt*

typedef struct Devirt {
	Func *fn;            // NULL: partial (the method comes from an embedded interface)
	Type *type;          // the concrete type T
} Devirt;

// Does struct type t embed an interface that has method name?
static bool embeds_iface_method(Type *t, const char *name) {
	Type *u = t ? type_under(t) : NULL;
	if (!u || u->kind != TY_STRUCT)
		return false;
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = VEC_AT(u->fields, i);
		Type *fu = f->embedded ? type_under(f->type) : NULL;
		if (!fu || fu->kind != TY_INTERFACE)
			continue;
		for (int j = 0; j < fu->methods.len; j++)
			if (strcmp(((Method *)VEC_AT(fu->methods, j))->name, name) == 0)
				return true;
	}
	return false;
}

static Method *find_method(Type *named, const char *name, bool allow_ptr) {
	if (!named || named->kind != TY_NAMED)
		return NULL;
	for (int i = 0; i < named->methods.len; i++) {
		Method *m = VEC_AT(named->methods, i);
		if (m->name && strcmp(m->name, name) == 0 && (allow_ptr || !m->ptr_recv))
			return m;
	}
	return NULL;
}

// The concrete type the interface value x certainly holds, or NULL.
static Type *static_concrete_type(Node *x) {
	for (int depth = 0; depth < 16; depth++) {
		x = esc_unparen(x);
		if (!x)
			return NULL;
		if (x->kind == ND_TOIFACE)
			return x->lhs ? x->lhs->type : NULL;
		if (x->kind != ND_IDENT || !x->obj || x->obj->kind != OBJ_VAR)
			return NULL;
		x = esc_static_init(x->obj);
	}
	return NULL;
}

static void devirt_call(Node *n, void *ctx) {
	const EscapeOptions *opt = ctx;
	if (n->kind != ND_CALL)
		return;
	Node *sel = esc_unparen(n->lhs);
	if (!sel || sel->kind != ND_SELECTOR || sel->obj || !sel->lhs || !type_is_interface(sel->lhs->type) ||
	    !sel->name)
		return;
	Type *t = static_concrete_type(sel->lhs);
	if (!t || type_is_interface(t))
		return;
	Method *m = t->kind == TY_PTR ? find_method(t->elem, sel->name, true) : find_method(t, sel->name, false);
	bool partial = !m && t->kind == TY_NAMED && embeds_iface_method(t, sel->name);
	if (!partial && (!m || !m->func || !m->func->func))
		return;
	Devirt *d = xcalloc(1, sizeof(Devirt));
	d->fn = partial ? NULL : m->func->func;
	d->type = t;
	ptrmap_put(&g_devirt, n, d);
	if (opt->m_level >= 1 && esc_reportable(n->pos))
		fprintf(opt->out ? opt->out : stderr, "%s: %sdevirtualizing %s to %s\n", fmt_pos(n->pos),
		        partial ? "partially " : "", expr_str(sel), type_str(t));
}

void devirtualize(Program *prog, const EscapeOptions *opt) {
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (fn->decl && fn->decl->body)
			esc_visit(fn->decl->body, false, devirt_call, (void *)opt);
	}
}

bool esc_is_partial_devirt(Node *call, Type **concrete) {
	Devirt *d = ptrmap_get(&g_devirt, call);
	if (d && !d->fn && concrete)
		*concrete = d->type;
	return d && !d->fn;
}

Func *esc_devirt_callee(Node *call, Type **concrete) {
	Devirt *d = ptrmap_get(&g_devirt, call);
	if (!d || !d->fn)
		return NULL;
	if (concrete)
		*concrete = d->type;
	return d->fn;
}
