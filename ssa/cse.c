// cse.c - common subexpression elimination within a block: a pure value
// with the same op, type, aux, symbol and arguments as an earlier one of
// its block becomes a copy of it (copyprop.c then redirects its uses).
// Commutative ops match with their arguments either way round. Divisions
// merge too: the second cannot panic when the first did not; for the same
// reason a bounds or shift check the same as an earlier one goes.
#include <stdlib.h>
#include <string.h>
#include "ssa.h"

static bool same(Value *a, Value *b) {
	if (a->op != b->op || a->type != b->type || a->aux != b->aux || a->nargs != b->nargs)
		return false;
	if (a->sym != b->sym && (!a->sym || !b->sym || strcmp(a->sym, b->sym) != 0))  // Addr's symbols are made per use
		return false;
	bool straight = true;
	for (int i = 0; i < a->nargs; i++)
		if (ssa_resolve(a->args[i]) != ssa_resolve(b->args[i]))
			straight = false;
	if (straight)
		return true;
	return (ssa_ops[a->op].flags & OPF_COMMUTATIVE) && ssa_resolve(a->args[0]) == ssa_resolve(b->args[1]) &&
	       ssa_resolve(a->args[1]) == ssa_resolve(b->args[0]);
}

static bool is_check(Value *v) {
	return v->op == SSA_INDEXCHECK || v->op == SSA_SLICECHECK || v->op == SSA_SHIFTCHECK || v->op == SSA_NILCHECK;
}

static bool candidate(Value *v) {
	switch (v->op) {
	case SSA_PHI: case SSA_COPY: case SSA_ARG: case SSA_RESULT:
	case SSA_LOAD:  // a load may see a store or a call between two of them
		return false;
	default:
		return is_check(v) || !(ssa_ops[v->op].flags & OPF_EFFECT);
	}
}

static uint64_t hash(Value *v) {
	uint64_t h = (uint64_t)v->op * 31 + (uint64_t)v->type * 7 + (uint64_t)v->aux;
	for (int i = 0; i < v->nargs; i++)
		h += (uint64_t)ssa_resolve(v->args[i])->id * 1000003u;  // a sum: commutative ops hash alike
	// the symbol's spelling (FNV-1a), or every Addr of a block would probe
	// the same chain: quadratic in a block of many calls with string arguments
	for (const char *p = v->sym; p && *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return h;
}

bool ssa_cse(SsaFunc *f) {
	bool any = false;
	Value **table = NULL;  // the block's table: the first cap entries, one array for all blocks
	int size = 0;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		int n = b->values.len, cap = 16;
		while (cap < 2 * n)
			cap *= 2;
		if (cap > size) {
			free(table);
			table = xmalloc((size_t)cap * sizeof(Value *));
			size = cap;
		}
		memset(table, 0, (size_t)cap * sizeof(Value *));
		for (int j = 0; j < n; j++) {
			Value *v = b->values.data[j];
			if (!candidate(v))
				continue;
			size_t at = hash(v) & (size_t)(cap - 1);
			while (table[at] && !same(table[at], v))
				at = (at + 1) & (size_t)(cap - 1);
			if (table[at] && is_check(v)) {
				v->op = SSA_INVALID;  // the same check passed earlier in the block
				any = true;
			} else if (table[at]) {
				ssa_to_copy(v, table[at]);
				any = true;
			} else {
				table[at] = v;
			}
		}
	}
	free(table);
	if (any)  // the checks it removed
		ssa_remove_dead_values(f);
	return any;
}
