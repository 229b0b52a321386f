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

// A literal belongs to the function around it: its body is walked in
// that function's scan (scan.c), so what it refers to counts for it.
static void scc_lit(SCCScan *sc, Func *lit) {
	SCC *s = sc->s;
	uintptr_t known = (uintptr_t)ptrmap_get(&s->id, lit);
	if (known) {
		if (known < sc->min)
			sc->min = (unsigned)known;
		return;
	}
	ptrmap_put(&s->id, lit, (void *)(uintptr_t)++s->gen);
	vec_push(&s->stack, lit);
}

static void scc_refs(Node *n, void *ctx) {
	SCCScan *sc = ctx;
	if ((n->kind == ND_FUNCNAME || n->kind == ND_METHODVAL) && n->obj && n->obj->kind == OBJ_FUNC)
		scc_do(sc, n->obj->func);
	else if (n->kind == ND_FUNCLIT && node_ext(n)->func)
		scc_lit(sc, node_ext(n)->func);
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
	esc_scan_func(fn, scc_refs, &sc); // Go prunes dead code first
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
