// paramcall.c - which functions a function-typed parameter can hold, for
// packages other than main. gc builds those packages with inlining on
// (-gcflags=-m -l reaches the main package only), so when a small helper
// calls its function parameter, as internal/poll's
// ignoringEINTRIO(syscall.Read, fd, p) does, gc's escape analysis sees
// the inlined call of syscall.Read, and p does not escape. goscape does
// not inline; it gets the same tags from the set of functions the
// parameter can hold: an unexported function used only as a callee, never
// as a value, whose every call passes a named function for the
// parameter, calls one of those. A call through the parameter is then
// analysed as a call of each (walk_call.c), which is sound because they
// are the only values the parameter ever has.
#include <string.h>
#include "escape_int.h"

typedef struct ParamCallees {
	bool poisoned;       // used as a value, or called in a way not followed
	int nparams;
	Vec *sets;           // per parameter: Func* the calls pass (deduplicated)
	bool *unknown;       // per parameter: some call passes something else
} ParamCallees;

static PtrMap g_callees;    // Func* -> ParamCallees*
static PtrMap g_as_callee;  // ND_FUNCNAME -> itself when it is a call's callee

static bool candidate(Func *g) {
	return g && !g->recv && g->decl && g->decl->kind == ND_FUNCDECL && node_ext(g->decl)->body &&
	       !g->shape_name && g->decl->name && !(g->decl->name[0] >= 'A' && g->decl->name[0] <= 'Z');
}

static ParamCallees *callees_of(Func *g) {
	ParamCallees *pc = ptrmap_get(&g_callees, g);
	if (!pc) {
		pc = xcalloc(1, sizeof(ParamCallees));
		pc->nparams = g->params.len;
		pc->sets = xcalloc((size_t)pc->nparams + 1, sizeof(Vec));
		pc->unknown = xcalloc((size_t)pc->nparams + 1, sizeof(bool));
		ptrmap_put(&g_callees, g, pc);
	}
	return pc;
}

static Func *named_func(Node *x) {
	x = esc_unparen(x);
	return x && x->kind == ND_FUNCNAME && x->obj && x->obj->kind == OBJ_FUNC && x->obj->func &&
	               !x->obj->func->recv
	           ? x->obj->func
	           : NULL;
}

static void record_call(Node *n, void *ctx) {
	(void)ctx;
	if (n->kind == ND_CALL) {
		Node *fx = esc_unparen(n->lhs);
		Func *g = fx && fx->kind == ND_FUNCNAME && fx->obj ? fx->obj->func : NULL;
		if (!candidate(g))
			return;
		ptrmap_put(&g_as_callee, fx, fx);
		ParamCallees *pc = callees_of(g);
		// f(h()) and variadic tails are not followed
		if (node_list(n)->len != pc->nparams || type_under(g->type)->variadic) {
			pc->poisoned = true;
			return;
		}
		for (int i = 0; i < pc->nparams; i++) {
			Obj *p = VEC_AT(g->params, i);
			if (!p->type || type_under(p->type)->kind != TY_FUNC)
				continue;
			Func *f = named_func(VEC_AT(*node_list(n), i));
			if (!f) {
				pc->unknown[i] = true;
				continue;
			}
			bool seen = false;
			for (int k = 0; k < pc->sets[i].len && !seen; k++)
				seen = VEC_AT(pc->sets[i], k) == f;
			if (!seen)
				vec_push(&pc->sets[i], f);
		}
		return;
	}
	if (n->kind == ND_FUNCNAME && n->obj && candidate(n->obj->func) && !ptrmap_get(&g_as_callee, n))
		callees_of(n->obj->func)->poisoned = true;
}

void esc_record_param_callees(Program *prog) {
	if (!prog->path || !strcmp(prog->path, "main"))
		return;
	for (int i = 0; i < prog->files.len; i++) {
		File *f = VEC_AT(prog->files, i);
		for (int k = 0; k < f->decls.len; k++)
			esc_visit(VEC_AT(f->decls, k), true, record_call, NULL);
	}
}

Vec *esc_param_callees(Batch *b, Node *x) {
	x = esc_unparen(x);
	if (!x || x->kind != ND_IDENT || !x->obj || !x->obj->is_param || x->obj->owner != b->curfn ||
	    x->obj->reassigned || x->obj->addr_taken)
		return NULL;
	ParamCallees *pc = ptrmap_get(&g_callees, b->curfn);
	int i = x->obj->index;
	if (!pc || pc->poisoned || i < 0 || i >= pc->nparams || VEC_AT(b->curfn->params, i) != x->obj ||
	    pc->unknown[i] || pc->sets[i].len == 0)
		return NULL;
	// each must have its tags already (another package, or analysed earlier)
	for (int k = 0; k < pc->sets[i].len; k++)
		if (func_info(VEC_AT(pc->sets[i], k))->state != FN_TAGGED)
			return NULL;
	return &pc->sets[i];
}
