// build_inline.c - inlining of small leaf functions at their direct calls
// (gc's inliner in miniature): a function of the package whose body is one
// `return EXPR`, whose parameters are scalars (integers, bool, float64,
// pointers) and whose EXPR reads only those parameters and constants
// through arithmetic, comparisons, conversions and fields or variables
// through pointers (no calls, closures, address-taking). The caller binds
// the parameters to the argument values, already evaluated once and in
// order by call(), and builds EXPR itself: every run-time check of EXPR
// (division by zero, negative shift, nil) is built as in the callee, so
// it panics with Go's message. It runs after escape analysis, which
// (like -m) sees the call as written, as gc's -l would. -N does not inline.
//
// The inlined instructions carry the call's position (its # LINE comment
// and .loc), not the callee's lines; the call's result carries the
// comment "# inlined main.f".
#include "build.h"

// Whether e (in callee fn) is in what an inlined body may hold; mem: e
// names memory (a struct through a pointer) rather than a scalar value.
static bool inline_expr_ok(Func *fn, Node *e, bool mem) {
	MType mt, ot;
	bool sgn;
	e = skip_parens(e);
	if (!e || !e->type)
		return false;
	if (!mem && !mtype_of(e->type, &mt, &sgn))
		return false;
	if (e->is_const)
		return !mem;
	switch (e->kind) {
	case ND_IDENT:
		return !mem && e->obj && e->obj->kind == OBJ_VAR && e->obj->owner == fn && e->obj->is_param;
	case ND_UNARY:
		return !mem && (e->op == OP_ADD || e->op == OP_SUB || e->op == OP_XOR || e->op == OP_NOT) &&
		       inline_expr_ok(fn, e->lhs, false);
	case ND_BINARY:
		return !mem && mtype_of(e->lhs->type, &ot, &sgn) && inline_expr_ok(fn, e->lhs, false) &&
		       inline_expr_ok(fn, e->rhs, false);
	case ND_CONV:
		return !mem && inline_expr_ok(fn, e->lhs, false);
	case ND_SELECTOR:  // a field of memory: the chain ends in a dereference
		return e->lhs && e->lhs->type && type_under(e->lhs->type)->kind == TY_STRUCT &&
		       inline_expr_ok(fn, e->lhs, true);
	case ND_DEREF: case ND_STAR:
		return e->lhs && e->lhs->type && type_under(e->lhs->type)->kind == TY_PTR &&
		       inline_expr_ok(fn, e->lhs, false);
	default:
		return false;
	}
}

// The EXPR of fn's `return EXPR` when fn can be inlined, else NULL.
static Node *inline_body(Func *fn) {
	MType mt;
	bool sgn;
	Node *body = fn->decl && fn->decl->kind == ND_FUNCDECL ? node_ext(fn->decl)->body : NULL;
	if (!body || body->list.len != 1 || fn->recv || fn->outer || fn->funclits.len || fn->has_defer ||
	    fn->has_recover || fn->wrapper || fn->shape_name || fn->results.len != 1)
		return NULL;
	Node *s = body->list.data[0];
	if (s->kind != ND_RETURN || s->list.len != 1)
		return NULL;
	Node *e = s->list.data[0];
	Obj *res = fn->results.data[0];
	if (!e->type || !type_identical(e->type, res->type))
		return NULL;
	for (int i = 0; i < fn->params.len; i++) {
		Obj *p = fn->params.data[i];
		if (!p || !mtype_of(p->type, &mt, &sgn) || type_under(p->type)->kind == TY_FUNC ||
		    p->addr_taken || p->heap || p->captured)
			return NULL;
	}
	return inline_expr_ok(fn, e, false) ? e : NULL;
}

Value *inline_call(Builder *B, Func *fn, int nargs, Value ***args, int *nwords) {
	if (ssa_options.no_opt || !fn || nargs != fn->params.len)
		return NULL;
	for (int i = 0; i < nargs; i++)
		if (nwords[i] != 1)
			return NULL;
	Node *e = inline_body(fn);
	if (!e || !ssa_callee_abi(fn))  // the callee itself is in the subset
		return NULL;
	for (int i = 0; i < nargs; i++)
		bind_obj(B, fn->params.data[i], args[i]);
	Value *v = expr(B, e);
	if (!v->note)
		v->note = xasprintf("inlined %s", fn->name);
	return v;
}
