// divmod.c - remainders by constants in cheaper forms:
//  - x % c for a constant c that is not a power of two (c > 1 signed, any
//    unsigned) becomes x - (x / c) * c: gen.c divides by a constant with a
//    multiplication (codegen/gen_arith.c), and when x / c is computed too
//    (itoa's n % 10 then n /= 10) CSE leaves one division for both;
//  - x % 2^k == 0 (and !=) becomes x & (2^k - 1) == 0: whatever x's sign,
//    the remainder is zero exactly when the low k bits are (collatz's
//    n % 2 == 0), without the rounding a signed remainder needs.
// It runs after ranges.c, which bounds a remainder by its divisor.
#include <string.h>
#include "sweep.h"

// n (just made, at the end of v's block) moved right before v.
static Value *before(Value *v, Value *n) {
	Block *b = v->block;
	n->pos = v->pos;
	int at = 0;
	while (b->values.data[at] != v)
		at++;
	memmove(&b->values.data[at + 1], &b->values.data[at], (size_t)(b->values.len - 1 - at) * sizeof(void *));
	b->values.data[at] = n;
	return n;
}

static bool pow2(uint64_t c) {
	return c && !(c & (c - 1));
}

// A rewrite makes no Mod and no other value's rewriting depends on it:
// one round does all (SWEEP_CHANGED).
static SweepResult divmod_value(Value *v) {
	if (v->op == SSA_MOD || v->op == SSA_MODU) {
		Value *c = ssa_resolve(v->args[1]);
		if (c->op != SSA_CONST || pow2((uint64_t)c->aux) || (v->op == SSA_MOD ? c->aux <= 1 : (uint64_t)c->aux <= 2))
			return SWEEP_SAME;
		Value *x = v->args[0];
		Value *q = before(v, ssa_new_value(v->block, v->op == SSA_MOD ? SSA_DIV : SSA_DIVU, MT_I64, 2, x, c));
		Value *qc = before(v, ssa_new_value(v->block, SSA_MUL, MT_I64, 2, q, c));
		v->op = SSA_SUB;
		v->args[1] = qc;
		return SWEEP_CHANGED;
	}
	if (v->op != SSA_EQ && v->op != SSA_NEQ)
		return SWEEP_SAME;
	for (int i = 0; i < 2; i++) {
		Value *m = ssa_resolve(v->args[i]), *z = ssa_resolve(v->args[1 - i]);
		Value *c = m->op == SSA_MOD ? ssa_resolve(m->args[1]) : NULL;
		if (c && c->op == SSA_CONST && c->aux > 1 && pow2((uint64_t)c->aux) && z->op == SSA_CONST && z->aux == 0) {
			Value *mask = before(v, ssa_new_value(v->block, SSA_CONST, MT_I64, 0));
			mask->aux = c->aux - 1;
			v->args[i] = before(v, ssa_new_value(v->block, SSA_AND, MT_I64, 2, m->args[0], mask));
			return SWEEP_CHANGED;
		}
	}
	return SWEEP_SAME;
}

bool ssa_divmod(SsaFunc *f) {
	return ssa_sweep(f, divmod_value, NULL);
}
