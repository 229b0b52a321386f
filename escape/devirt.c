// devirt.c - Go's devirtualization pass, which runs before escape
// analysis (also under -l): an interface method call x.M(...) whose
// receiver x is a local that always holds a conversion of one concrete
// type T is analysed as a direct call of T's method M, and -m reports
// "devirtualizing x.M to T".
#include <string.h>
#include "escape_int.h"

static PtrMap g_devirt;     // ND_CALL -> Devirt*

// M of an interface embedded in t at any depth (Go's selector rules):
// the path of embedded fields to it ("S.I1"), with d->recv_derefs the
// dereferences from x's value to that interface field: x.(T) (+box),
// and one for each pointer the path goes through.
static bool embedded_iface_path(Type *t, const char *name, Devirt *d, int box) {
	Selection sel = lookup_field_or_method(t, name);
	if (sel.kind != SEL_METHOD || !sel.iface_method || sel.npath == 0)
		return false;
	StrBuf path = {0};
	int derefs = box;
	Type *cur = t;
	for (int i = 0; i < sel.npath; i++) {
		if (type_under(cur)->kind == TY_PTR) {
			cur = type_under(cur)->elem;
			derefs++;
		}
		Field *f = VEC_AT(type_under(cur)->fields, sel.path[i]);
		if (i)
			strbuf_put(&path, ".");
		strbuf_put(&path, f->name);
		cur = f->type;
	}
	d->field = strbuf_text(&path);
	d->recv_derefs = derefs;
	return true;
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

// A method of an embedded field (one level), with the dereferences from
// the interface's value to the receiver: x.(T) (+box), .F through a
// pointer T (+1), &F for a pointer method on a value field (-1), *F for
// a value method on a pointer field (+1).
static Method *promoted_method(Type *named, const char *name, bool ptr, Devirt *d, int box) {
	Type *u = named ? type_under(named) : NULL;
	if (!u || u->kind != TY_STRUCT)
		return NULL;
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = VEC_AT(u->fields, i);
		if (!f->embedded)
			continue;
		bool fptr = f->type->kind == TY_PTR;
		Method *m = find_method(fptr ? f->type->elem : f->type, name, fptr || ptr);
		if (!m)
			continue;
		d->field = f->name;
		d->recv_derefs = box + (ptr ? 1 : 0) + (m->ptr_recv && !fptr ? -1 : 0) + (!m->ptr_recv && fptr ? 1 : 0);
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
		if (x->kind == ND_TOIFACE) // (in a shape body a type parameter's type is the dictionary's)
			return x->lhs && !esc_tparam_value(x->lhs) ? x->lhs->type : NULL;
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
	bool ptr = t->kind == TY_PTR;
	Type *named = ptr ? t->elem : t;
	Devirt *d = xcalloc(1, sizeof(Devirt));
	d->type = t;
	// x.(T) is a copy of the boxed value unless T is pointer-shaped.
	int box = type_direct_iface(t) ? 0 : 1;
	Method *m = find_method(named, sel->name, ptr);
	if (m) {
		d->recv_derefs = box;
	} else if (!(m = promoted_method(named, sel->name, ptr, d, box)) && !embedded_iface_path(t, sel->name, d, box)) {
		return;
	}
	bool partial = !m;
	if (m && (!m->func || !m->func->func))
		return;
	d->fn = partial ? NULL : m->func->func;
	ptrmap_put(&g_devirt, n, d);
	if (opt->m_level >= 1 && esc_reportable(n->pos))
		fprintf(opt->out ? opt->out : stderr, "%s: %sdevirtualizing %s to %s\n", fmt_pos(n->pos),
		        partial ? "partially " : "", expr_str(sel), type_str(t));
}

void devirtualize(Program *prog, const EscapeOptions *opt) {
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (fn->calls_iface && fn->decl && node_ext(fn->decl)->body)
			esc_visit_live(node_ext(fn->decl)->body, devirt_call, (void *)opt);
	}
}

Devirt *esc_devirt(Node *call) {
	return ptrmap_get(&g_devirt, call);
}
