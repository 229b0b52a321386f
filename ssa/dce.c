// dce.c - dead code elimination: a value is live when a block's control
// uses it, when it has an effect (calls, checks), when it may panic (a
// division whose divisor is not a constant other than 0), or when a live
// value uses it; the others are removed, and so are the blocks no path
// from the entry reaches.
#include <stdlib.h>
#include "ssa.h"

static bool must_keep(Value *v) {
	int flags = ssa_ops[v->op].flags;
	if (flags & OPF_EFFECT)
		return true;
	if (flags & OPF_MAYPANIC) {
		Value *d = ssa_resolve(v->args[1]);
		return d->op != SSA_CONST || d->aux == 0;
	}
	return false;
}

// The work list holds each value once at most: it has room for all.
typedef struct Work {
	Value **v;
	int n;
} Work;

static void mark(Value *v, bool *live, Work *work) {
	if (live[v->id])
		return;
	live[v->id] = true;
	work->v[work->n++] = v;
}

bool ssa_dce(SsaFunc *f) {
	ssa_remove_unreachable(f);
	bool *live = xcalloc((size_t)f->next_value, sizeof(bool));  // by value id
	Work work = {xmalloc((size_t)f->next_value * sizeof(Value *)), 0};
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++)
			if (must_keep(b->values.data[j]))
				mark(b->values.data[j], live, &work);
		for (int j = 0; j < b->controls.len; j++)
			mark(b->controls.data[j], live, &work);
	}
	while (work.n) {
		Value *v = work.v[--work.n];
		for (int k = 0; k < v->nargs; k++)
			mark(v->args[k], live, &work);
	}
	bool any = false;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (!live[v->id]) {
				v->op = SSA_INVALID;
				any = true;
			}
		}
	}
	free(live);
	free(work.v);
	if (any)
		ssa_remove_dead_values(f);
	return any;
}
