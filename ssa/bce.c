// bce.c - bounds-check elimination for the common loop shape
// `for i := 0; i < len(s); i++ { ... s[i] ... }`: an IndexCheck of i
// against n goes when the block is dominated by the true side of an
// `if i < n` (signed: i < n <= MaxInt) and i is known non-negative: a
// constant >= 0, or a phi whose arguments are such constants or i + 1
// computed where some `i < m` holds (so it cannot overflow).
#include <stdlib.h>
#include "ssa.h"

typedef struct Dom {
	Block **order;
	int n;
	int *idom;  // by order index; the entry is its own
} Dom;

static int intersect(Dom *D, int a, int b) {
	while (a != b) {
		while (a > b)
			a = D->idom[a];
		while (b > a)
			b = D->idom[b];
	}
	return a;
}

// Cooper, Harvey and Kennedy's iterative dominators over reverse postorder.
static void dominators(SsaFunc *f, Dom *D) {
	ssa_layout(f, &D->order, &D->n);
	for (int i = 0; i < D->n; i++)
		D->order[i]->order = i;
	D->idom = xcalloc((size_t)D->n + 1, sizeof(int));
	for (int i = 1; i < D->n; i++)
		D->idom[i] = -1;
	bool changed = true;
	while (changed) {
		changed = false;
		for (int i = 1; i < D->n; i++) {
			Block *b = D->order[i];
			int d = -1;
			for (int p = 0; p < b->preds.len; p++) {
				int q = ((Block *)b->preds.data[p])->order;
				if (D->idom[q] < 0)
					continue;
				d = d < 0 ? q : intersect(D, q, d);
			}
			if (d != D->idom[i]) {
				D->idom[i] = d;
				changed = true;
			}
		}
	}
}

// Whether b is dominated by the true side of an `if i < n` (any n when
// n is NULL): a block on b's dominator chain entered only from that if.
static bool guarded(Dom *D, Value *i, Value *n, Block *b) {
	for (int x = b->order;; x = D->idom[x]) {
		Block *t = D->order[x];
		Block *g = t->preds.len == 1 ? t->preds.data[0] : NULL;
		if (g && g->kind == BK_IF && g->succs.data[0] == t && g->succs.data[1] != t) {
			Value *c = ssa_resolve(g->controls.data[0]);
			if (c->op == SSA_LESS && ssa_resolve(c->args[0]) == i && (!n || ssa_resolve(c->args[1]) == n))
				return true;
		}
		if (x == 0)
			return false;
	}
}

static bool nonneg(Dom *D, Value *i) {
	i = ssa_resolve(i);
	if (i->op == SSA_CONST)
		return i->aux >= 0;
	if (i->op != SSA_PHI)
		return false;
	for (int k = 0; k < i->nargs; k++) {
		Value *a = ssa_resolve(i->args[k]);
		if (a->op == SSA_CONST && a->aux >= 0)
			continue;
		if (a->op == SSA_ADD && ssa_resolve(a->args[0]) == i && ssa_resolve(a->args[1])->op == SSA_CONST &&
		    ssa_resolve(a->args[1])->aux == 1 && guarded(D, i, NULL, a->block))
			continue;
		return false;
	}
	return true;
}

bool ssa_bce(SsaFunc *f) {
	Dom D;
	dominators(f, &D);
	bool any = false;
	for (int k = 0; k < D.n; k++) {
		Block *b = D.order[k];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op != SSA_INDEXCHECK)
				continue;
			Value *i = ssa_resolve(v->args[0]), *n = ssa_resolve(v->args[1]);
			if (guarded(&D, i, n, b) && nonneg(&D, i)) {
				v->op = SSA_INVALID;
				any = true;
			}
		}
	}
	if (any)  // the checks it removed
		ssa_remove_dead_values(f);
	free(D.order);
	free(D.idom);
	return any;
}
