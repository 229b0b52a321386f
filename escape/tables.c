// tables.c - the program-wide side tables of escape analysis (what the
// walk learns about nodes and objects that the tree has no field for:
// implicit variadic slices, Go's positions of implicit
// conversions, temporaries) and small helpers over the tree shared by the
// walk, the printer and the driver.
#include <string.h>
#include "escape_int.h"

static PtrMap g_funcinfo;   // Func* -> FuncInfo*
static PtrMap g_dotdotdot;  // implicit variadic slice -> its call
static PtrMap g_boxpos;     // ND_TOIFACE -> Pos*
static PtrMap g_static;     // Obj* -> the expression it was initialised with
static PtrMap g_alias;      // Node* -> .autotmp_N it was moved into

static PtrMap g_varpos;     // Obj* -> Pos*

void esc_set_var_pos(Obj *v, Pos p) {
	Pos *pp = xcalloc(1, sizeof(Pos));
	*pp = p;
	ptrmap_put(&g_varpos, v, pp);
}

Pos esc_var_pos(Obj *v) {
	Pos *pp = ptrmap_get(&g_varpos, v);
	return pp ? *pp : v->pos;
}

void esc_set_alias(Node *n, const char *name) { ptrmap_put(&g_alias, n, (void *)name); }
const char *esc_alias(Node *n) { return ptrmap_get(&g_alias, n); }

FuncInfo *func_info(Func *fn) {
	FuncInfo *fi = ptrmap_get(&g_funcinfo, fn);
	if (!fi) {
		fi = xcalloc(1, sizeof(FuncInfo));
		fi->fn = fn;
		ptrmap_put(&g_funcinfo, fn, fi);
	}
	return fi;
}

bool esc_is_dotdotdot_arg(Node *n) { return ptrmap_get(&g_dotdotdot, n) != NULL; }
void esc_mark_dotdotdot_arg(Node *n, Node *call) { ptrmap_put(&g_dotdotdot, n, call); }
Node *esc_dotdotdot_call(Node *n) { return ptrmap_get(&g_dotdotdot, n); }
bool esc_is_wrapper(Node *n) { return n->kind == ND_FUNCLIT && node_ext(n)->func && node_ext(n)->func->wrapper; }

void esc_set_box_pos(Node *n, Pos p) {
	Pos *pp = xcalloc(1, sizeof(Pos));
	*pp = p;
	ptrmap_put(&g_boxpos, n, pp);
}

bool esc_box_pos(Node *n, Pos *p) {
	Pos *pp = ptrmap_get(&g_boxpos, n);
	if (pp)
		*p = *pp;
	return pp != NULL;
}

// The position of the last non-constant expression in a pre-order walk
// of n: where Go's compiler stands after converting n, hence where it
// puts implicit conversions in several contexts.
bool esc_cursor_pos(Node *n, Pos *p) {
	if (!n || n->is_const || n->is_type)
		return false;
	if (n->kind == ND_CALL || (n->kind == ND_BUILTIN && esc_is_fmt(n->builtin))) {
		// a call leaves the compiler at the call; one of a generic
		// function's instance (gc's rewritten call) at the function
		Node *f = n->kind == ND_CALL ? esc_unparen(n->lhs) : NULL;
		bool inst = f && f->kind == ND_FUNCNAME && f->obj && !f->obj->recv_type && f->obj->func &&
		            f->obj->func->shape_name;
		*p = inst ? f->pos : n->pos;
		return true;
	}
	if (n->kind == ND_KEYVAL)
		return esc_cursor_pos(n->rhs, p);
	bool found = false;
	if (n->kind != ND_PAREN && n->kind != ND_TOIFACE && n->kind != ND_ADDR && n->kind != ND_DEREF) {
		*p = n->pos;
		found = true;
	}
	Node *kids[] = {n->lhs, n->rhs, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		found |= esc_cursor_pos(kids[i], p);
	for (int i = 0; i < node_list(n)->len; i++)
		found |= esc_cursor_pos(VEC_AT(*node_list(n), i), p);
	return found;
}

bool esc_in_shape_body(Func *fn) {
	while (fn && fn->outer)
		fn = fn->outer;
	return fn && fn->shape_name;
}

bool esc_unique_pos(Node *n) {
	return n && !n->is_type && n->kind != ND_IDENT && n->kind != ND_NIL && !(n->kind == ND_FUNCNAME && n->obj) &&
	       !(n->kind >= ND_ARRAYTYPE && n->kind <= ND_TILDE) && n->kind != ND_PAREN && n->kind != ND_TOIFACE &&
	       n->kind != ND_ADDR && n->kind != ND_DEREF && !(n->kind == ND_CONV && node_is_implicit_conv(n));
}

static void subst_cursor(Node *n, Pos *p) {
	if (!n || n->is_type || (n->kind >= ND_ARRAYTYPE && n->kind <= ND_TILDE))
		return;
	if (esc_unique_pos(n))
		*p = n->pos;
	if (n->is_const || n->kind == ND_IDENT)
		return; // one literal, or a name, in gc
	if (n->kind == ND_COMPOSITE && type_under(n->type)->kind == TY_STRUCT) {
		for (int i = 0; i < node_list(n)->len; i++) { // gc keys each field's value, where it is
			Node *e = VEC_AT(*node_list(n), i);
			*p = e->pos;
			subst_cursor(e, p);
		}
		return;
	}
	Node *kids[] = {node_ext(n)->init, node_ext(n)->cond, n->lhs, n->rhs, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		subst_cursor(kids[i], p);
	const Vec *vs[] = {node_list(n), node_rlist(n)};
	for (int v = 0; v < 2; v++)
		for (int i = 0; i < vs[v]->len; i++)
			subst_cursor(VEC_AT(*vs[v], i), p);
	Node *stmts[] = {node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body}; // statements, closures' bodies
	for (size_t i = 0; i < sizeof stmts / sizeof stmts[0]; i++)
		subst_cursor(stmts[i], p);
	// gc transforms a call of an ordinary function at the call; a call of a
	// generic one keeps the position its arguments left
	Node *f = n->kind == ND_CALL ? esc_unparen(n->lhs) : NULL;
	if (f && !(f->kind == ND_FUNCNAME && f->obj && f->obj->func && f->obj->func->shape_name))
		*p = n->pos;
}

Pos esc_subst_pos(Node *n) {
	Pos p = n->pos;
	subst_cursor(n, &p);
	return p;
}

bool esc_is_var_name(Node *n) {
	return n && n->kind == ND_IDENT && n->obj && n->obj->kind == OBJ_VAR;
}

bool esc_is_fmt(Builtin bi) {
	return (bi >= BI_FMT_PRINTLN && bi <= BI_FMT_ERRORF) || bi == BI_FMT_FPRINTLN || bi == BI_FMT_FPRINT ||
	       bi == BI_FMT_FPRINTF;
}

bool esc_is_implicit_box(Node *n) {
	return n && n->kind == ND_TOIFACE && node_is_implicit_conv(n);
}

static bool pos_before(Pos a, Pos b) {
	return a.line < b.line || (a.line == b.line && a.col < b.col);
}

// Go names a temporary .autotmp_N after the number of declarations its
// function has when the temporary is made, which happens at one of three
// times:
//  - the typechecker's (f(g()), a receiver or callee holding a call):
//    parameters, the locals declared so far in source order, earlier such
//    temporaries;
//  - the stenciler's, for calls of generic functions and methods, made
//    after the whole body was typechecked: after every local and
//    typechecker temporary, in order;
//  - escape analysis's own (the go/defer wrappers' arguments,
//    //go:uintptrescapes): after those and the variables of the closures
//    the stenciler built for generic values (counted by scan.c).
// The later two are only known when the function's walk ends: they get a
// buffer now, which every reader of the name shares, filled in then
// (esc_finish_autotmps).
static bool declared_by(Node *define, Obj *v) {
	for (int i = 0; define && i < node_list(define)->len; i++)
		if (esc_declared_obj(VEC_AT(*node_list(define), i)) == v)
			return true;
	return false;
}

static bool named(Obj *v) {
	return v && v->name && v->name[0] && strcmp(v->name, "_") != 0;
}

// The declarations a function starts with: named receiver and parameters
// (gc declares no variable for an unnamed or blank one) and every result.
static int declared_params(Func *fn) {
	int n = named(fn->recv) + fn->results.len;
	for (int i = 0; i < fn->params.len; i++)
		n += named(VEC_AT(fn->params, i));
	return n;
}

enum { AUTOTMP_NAME_MAX = 24 };

const char *esc_next_autotmp_name(Batch *b, Pos at) {
	Func *fn = b->curfn;
	FuncInfo *fi = func_info(fn);
	int n = declared_params(fn) + fi->typecheck_tmps++;
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *v = VEC_AT(fn->locals, i);
		if (v && pos_before(v->pos, at) && !declared_by(b->defining, v))
			n++;
	}
	return xasprintf(".autotmp_%d", n);
}

const char *esc_later_autotmp_name(Batch *b, bool stencil) {
	FuncInfo *fi = func_info(b->curfn);
	char *name = xcalloc(AUTOTMP_NAME_MAX, 1);
	vec_push(stencil ? &fi->stencil_tmps : &fi->escape_tmps, name);
	return name;
}

void esc_finish_autotmps(Func *fn) {
	FuncInfo *fi = func_info(fn);
	int n = declared_params(fn) + fn->locals.len + fi->typecheck_tmps;
	for (int i = 0; i < fi->stencil_tmps.len; i++)
		snprintf(VEC_AT(fi->stencil_tmps, i), AUTOTMP_NAME_MAX, ".autotmp_%d", n++);
	n += fi->stencil_vars;
	for (int i = 0; i < fi->escape_tmps.len; i++)
		snprintf(VEC_AT(fi->escape_tmps, i), AUTOTMP_NAME_MAX, ".autotmp_%d", n++);
}

bool esc_generic_method_expr(Node *n) {
	return n && n->kind == ND_FUNCNAME && n->name && n->obj && n->obj->recv_type && n->obj->func &&
	       n->obj->func->shape_name;
}

static Obj *declare_autotmp(Batch *b, Obj *o, const char *name) {
	o->name = name;
	o->owner = b->curfn;
	new_loc(b, NULL, o, false);
	return o;
}

Obj *esc_name_autotmp(Batch *b, Obj *o, Pos at, bool stencil) {
	o->pos = (Pos){0};
	return declare_autotmp(b, o, stencil ? esc_later_autotmp_name(b, true) : esc_next_autotmp_name(b, at));
}

Obj *esc_new_autotmp(Batch *b, Type *t, Pos at, bool stencil) {
	Obj *o = new_obj(OBJ_VAR, NULL, (Pos){0});
	o->type = t;
	return esc_name_autotmp(b, o, at, stencil);
}

Obj *esc_name_late_autotmp(Batch *b, Obj *o, Pos pos) {
	o->pos = pos;
	return declare_autotmp(b, o, esc_later_autotmp_name(b, false));
}

Obj *esc_new_late_autotmp(Batch *b, Type *t, Pos pos) {
	Obj *o = new_obj(OBJ_VAR, NULL, pos);
	o->type = t;
	return esc_name_late_autotmp(b, o, pos);
}

Node *esc_static_init(Obj *var) {
	if (!var || var->addr_taken || var->reassigned || var->is_param || var->is_result || var->is_recv)
		return NULL;
	return ptrmap_get(&g_static, var);
}

const char *esc_func_name(Func *fn) {
	if (!fn || !fn->name)
		return "?";
	if (fn->shape_name)
		return fn->shape_name;
	const char *dot = strchr(fn->name, '.');
	return dot && strncmp(fn->name, "main.", 5) == 0 ? dot + 1 : fn->name;
}

// Whether t is or is made of (elements, keys, fields, an instance's type
// arguments) an unnamed type argument's copy.
static bool made_of_shape(Type *t, int depth) {
	if (!t || depth > 8)
		return false;
	if (t->shape)
		return true;
	if (t->kind == TY_NAMED) { // an instance of a generic type with shaped arguments
		for (int i = 0; t->obj && i < t->obj->targs.len; i++)
			if (made_of_shape(VEC_AT(t->obj->targs, i), depth + 1))
				return true;
		return false;
	}
	for (int i = 0; t->kind == TY_STRUCT && i < t->fields.len; i++)
		if (made_of_shape(((Field *)VEC_AT(t->fields, i))->type, depth + 1))
			return true;
	return made_of_shape(t->elem, depth + 1) || made_of_shape(t->key, depth + 1);
}

// What x was declared with: its Obj.shape or Field.shape.
static const char *declared_shape(Node *x) {
	if (x->kind == ND_IDENT && x->obj && x->obj->kind == OBJ_VAR)
		return x->obj->shape;
	if (x->kind == ND_SELECTOR && x->lhs && x->lhs->type) {
		Type *u = type_under(x->lhs->type);
		if (u->kind == TY_STRUCT && x->field_index >= 0 && x->field_index < u->fields.len)
			return ((Field *)u->fields.data[x->field_index])->shape;
	}
	return NULL;
}

bool esc_tparam_value(Node *x) {
	x = esc_unparen(x);
	return x && x->type &&
	       (made_of_shape(x->type, 0) || declared_shape(x) || (x->kind == ND_COMPOSITE && mentions_shape(x->lhs)));
}

bool esc_tparam_typed(Node *x) {
	x = esc_unparen(x);
	const char *s = x && x->type ? declared_shape(x) : NULL;
	return x && x->type && (x->type->shape || (s && strcmp(s, TPARAM_DERIVED)));
}

// ---- generic pre-order traversal ----

void esc_visit(Node *n, bool into_lits, VisitFn f, void *ctx) {
	if (!n)
		return;
	f(n, ctx);
	if (n->kind == ND_FUNCLIT && !into_lits)
		return;
	const NodeExt *x = node_ext(n);
	Node *kids[] = {x->init, n->lhs, n->rhs, x->cond, x->post, x->then, x->els, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max, x->body};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (kids[i]) // most are absent: a test, not a call, per kid
			esc_visit(kids[i], into_lits, f, ctx);
	for (int i = 0; i < node_list(n)->len; i++)
		esc_visit(VEC_AT(*node_list(n), i), into_lits, f, ctx);
	const Vec *rlist = node_rlist(n);
	for (int i = 0; i < rlist->len; i++)
		esc_visit(VEC_AT(*rlist, i), into_lits, f, ctx);
}

Obj *esc_declared_obj(Node *id) {
	id = esc_unparen(id);
	if (id && id->kind == ND_IDENT && id->obj && id->obj->kind == OBJ_VAR && id->obj->decl == id)
		return id->obj;
	return NULL;
}

// Remembers what the variables a := or var statement declares are
// initialised with (Go's ir.StaticValue), for those asked about: the
// func values called and the interfaces devirtualized (a chain of locals
// keeps the type's kind: one is only assigned to another of its kind).
void esc_record_static(Node *n) {
	const Vec *lhs = n->kind == ND_DEFINE ? node_list(n) : n->kind == ND_VARSPEC ? &node_ext_mut(n)->names : NULL;
	if (!lhs || lhs->len != n->rlist.len)
		return;
	for (int i = 0; i < lhs->len; i++) {
		Obj *o = esc_declared_obj(VEC_AT(*lhs, i));
		TypeKind k = o && o->type ? type_under(o->type)->kind : TY_INVALID;
		if (k == TY_FUNC || k == TY_INTERFACE)
			ptrmap_put(&g_static, o, VEC_AT(n->rlist, i));
	}
}

static void record_static(Node *n, void *ctx) {
	esc_record_static(n);
}

// Devirtualization runs before the bottom-up walk, which records the
// rest (scan.c): the functions that call interface methods need theirs
// first, and those of the functions around them, whose variables they
// may capture.
void esc_record_iface_statics(Program *prog) {
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (!fn->calls_iface)
			continue;
		while (fn->outer)
			fn = fn->outer;
		FuncInfo *fi = func_info(fn);
		if (!fi->statics_recorded && fn->decl && node_ext(fn->decl)->body)
			esc_visit(node_ext(fn->decl)->body, true, record_static, NULL);
		fi->statics_recorded = true;
	}
}
