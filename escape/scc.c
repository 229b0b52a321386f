// scc.c - orders functions bottom-up over the static call graph, as Go's
// ir.VisitFuncsBottomUp: Tarjan's strongly connected components, callees
// first; function literals are never roots, so they are analysed in the
// batch of the function that contains them.
#include "escape_int.h"

#define SCC_DONE 0xffffffffu

typedef struct SCC {
	Vec stack;           // Func*
	PtrMap id;           // Func* -> (void *)(uintptr_t)id; SCC_DONE when done
	unsigned gen;
	BatchFn analyze;
	void *ctx;
} SCC;

static unsigned scc_visit(SCC *s, Func *fn);

typedef struct SCCScan {
	SCC *s;
	unsigned min;
} SCCScan;

static void scc_do(SCCScan *sc, Func *callee) {
	// a function of an imported package was analysed with it: its tags stay
	if (!callee || func_info(callee)->state == FN_TAGGED)
		return;
	unsigned m = scc_visit(sc->s, callee);
	if (m < sc->min)
		sc->min = m;
}

static void scc_refs(Node *n, void *ctx) {
	SCCScan *sc = ctx;
	if ((n->kind == ND_FUNCNAME || n->kind == ND_METHODVAL) && n->obj && n->obj->kind == OBJ_FUNC)
		scc_do(sc, n->obj->func);
	else if (n->kind == ND_FUNCLIT)
		scc_do(sc, node_ext(n)->func);
	else if (n->kind == ND_CALL && esc_devirt(n))
		scc_do(sc, esc_devirt(n)->fn); // Go devirtualizes before ordering
}

static unsigned scc_visit(SCC *s, Func *fn) {
	uintptr_t known = (uintptr_t)ptrmap_get(&s->id, fn);
	if (known)
		return (unsigned)known;
	unsigned id = ++s->gen;
	ptrmap_put(&s->id, fn, (void *)(uintptr_t)id);
	SCCScan sc = {.s = s, .min = ++s->gen};
	vec_push(&s->stack, fn);
	if (fn->decl && node_ext(fn->decl)->body)
		esc_visit_live(node_ext(fn->decl)->body, scc_refs, &sc); // Go prunes dead code first
	if ((sc.min == id || sc.min == id + 1) && !fn->outer) {
		int i;
		for (i = s->stack.len - 1; i >= 0; i--) {
			Func *x = VEC_AT(s->stack, i);
			ptrmap_put(&s->id, x, (void *)(uintptr_t)SCC_DONE);
			if (x == fn)
				break;
		}
		Vec block = {0};
		for (int j = i; j < s->stack.len; j++)
			vec_push(&block, VEC_AT(s->stack, j));
		s->stack.len = i;
		s->analyze(&block, s->ctx);
	}
	return sc.min;
}

void esc_bottom_up(Program *prog, BatchFn analyze, void *ctx) {
	SCC s = {.analyze = analyze, .ctx = ctx};
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (!fn->outer)
			scc_visit(&s, fn);
	}
}
