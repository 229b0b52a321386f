// range.c - what is known of a value's bits without running the program:
// ssa_umax, the largest value its 64-bit register can hold read as
// unsigned, from the ops that bound it (a narrow load or ZeroExt, x & c,
// x >> c, x % c, a constant...). The emitter uses it to shift by a count
// below 64 without the Go check for larger counts (x << (j & 63)), and the
// ranges pass below to drop what the bound makes redundant:
//   - a ZeroExt or SignExt whose argument already fits the width (a byte
//     loaded and widened to uint32; h ^ c of two uint32 values);
//   - an IndexCheck whose index is below a constant length (buf[i&7] of
//     a [8]T), which cannot fail whatever the index's sign: the bound is
//     below 2^63;
//   - the mask of a shift count y & 63: the shift takes its count mod 64
//     instead (aux 1), as x86's shift by %cl does, and the and goes when
//     nothing else reads it.
#include "ssa.h"

enum { DEPTH = 8 };  // how far back through the arguments the bound looks

typedef struct Walk {
	Value *phis[DEPTH];  // the phis being bounded: seen again, around a loop
	int n;
} Walk;

// The mask of every bit up to x's top bit.
static uint64_t fill(uint64_t x) {
	return x ? UINT64_MAX >> __builtin_clzll(x) : 0;
}

static uint64_t width_max(MType t) {
	int s = mtype_size(t);
	return s >= 8 ? UINT64_MAX : ((uint64_t)1 << (8 * s)) - 1;
}

static uint64_t min(uint64_t a, uint64_t b) {
	return a < b ? a : b;
}

static uint64_t umax(Walk *W, Value *v, int depth);

static uint64_t arg_max(Walk *W, Value *v, int k, int depth) {
	return umax(W, v->args[k], depth + 1);
}

// A constant second argument (a shift count mod 64 when the shift says
// so), or -1.
static int64_t const_arg(Value *v) {
	Value *c = ssa_resolve(v->args[1]);
	if (c->op != SSA_CONST)
		return -1;
	return (v->op == SSA_LSH || v->op == SSA_RSHU) && v->aux ? c->aux & 63 : c->aux;
}

static uint64_t umax(Walk *W, Value *v, int depth) {
	v = ssa_resolve(v);
	if (v->op == SSA_CONST)
		return (uint64_t)v->aux;
	if (ssa_ops[v->op].flags & OPF_COMPARE || v->op == SSA_NOT)
		return 1;
	if (v->op == SSA_LOAD)  // zero-extended from its width
		return width_max(v->type);
	if (depth >= DEPTH)
		return UINT64_MAX;
	int64_t c;
	switch (v->op) {
	case SSA_ZEROEXT:
		return min(width_max(v->type), arg_max(W, v, 0, depth));
	case SSA_SIGNEXT: {
		uint64_t a = arg_max(W, v, 0, depth);
		return a <= width_max(v->type) >> 1 ? a : UINT64_MAX;
	}
	case SSA_AND:
		return min(arg_max(W, v, 0, depth), arg_max(W, v, 1, depth));
	case SSA_ANDNOT:
		return arg_max(W, v, 0, depth);
	case SSA_OR: case SSA_XOR: {
		uint64_t a = arg_max(W, v, 0, depth), b = arg_max(W, v, 1, depth);
		return fill(a > b ? a : b);
	}
	case SSA_RSHU:
		c = const_arg(v);
		return c < 0 ? arg_max(W, v, 0, depth) : c >= 64 ? 0 : arg_max(W, v, 0, depth) >> c;
	case SSA_MODU:
		c = const_arg(v);
		return c > 0 ? min((uint64_t)c - 1, arg_max(W, v, 0, depth)) : arg_max(W, v, 0, depth);
	case SSA_DIVU:
		c = const_arg(v);
		return c > 0 ? arg_max(W, v, 0, depth) / (uint64_t)c : arg_max(W, v, 0, depth);
	case SSA_ADD: {
		uint64_t a = arg_max(W, v, 0, depth), b = arg_max(W, v, 1, depth);
		return a + b < a ? UINT64_MAX : a + b;
	}
	case SSA_MUL: {
		uint64_t a = arg_max(W, v, 0, depth), b = arg_max(W, v, 1, depth), r;
		return __builtin_mul_overflow(a, b, &r) ? UINT64_MAX : r;
	}
	case SSA_LSH: {
		c = const_arg(v);
		uint64_t a = arg_max(W, v, 0, depth);
		return c < 0 || c >= 64 ? (c >= 64 ? 0 : UINT64_MAX) : (a << c) >> c == a ? a << c : UINT64_MAX;
	}
	case SSA_PHI: {
		for (int i = 0; i < W->n; i++)
			if (W->phis[i] == v)
				return UINT64_MAX;  // around a loop: nothing known this way
		W->phis[W->n++] = v;
		uint64_t m = 0;
		for (int k = 0; k < v->nargs && m != UINT64_MAX; k++) {
			uint64_t a = arg_max(W, v, k, depth);
			m = a > m ? a : m;
		}
		W->n--;
		return m;
	}
	default:
		return UINT64_MAX;
	}
}

uint64_t ssa_umax(Value *v) {
	Walk W = {.n = 0};
	return umax(&W, v, 0);
}

static bool range_value(Value *v) {
	switch (v->op) {
	case SSA_ZEROEXT:
		if (ssa_umax(v->args[0]) > width_max(v->type))
			return false;
		ssa_to_copy(v, v->args[0]);
		return true;
	case SSA_SIGNEXT:
		if (ssa_umax(v->args[0]) > width_max(v->type) >> 1)
			return false;
		ssa_to_copy(v, v->args[0]);
		return true;
	case SSA_LSH: case SSA_RSH: case SSA_RSHU: {
		Value *m = ssa_resolve(v->args[1]);
		if (v->aux || m->op != SSA_AND)
			return false;
		Value *c = ssa_resolve(m->args[1]), *y = m->args[0];
		if (c->op != SSA_CONST) {
			c = ssa_resolve(m->args[0]);
			y = m->args[1];
		}
		if (c->op != SSA_CONST || c->aux != 63)
			return false;
		v->aux = 1;
		v->args[1] = y;
		return true;
	}
	case SSA_INDEXCHECK: {
		Value *n = ssa_resolve(v->args[1]);
		if (n->op != SSA_CONST || ssa_umax(v->args[0]) >= (uint64_t)n->aux)
			return false;
		v->op = SSA_INVALID;
		return true;
	}
	default:
		return false;
	}
}

// One round is enough: the bounds look through the copies it makes.
bool ssa_ranges(SsaFunc *f) {
	bool any = false;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++)
			any |= range_value(b->values.data[j]);
	}
	if (any)  // the checks it removed
		ssa_remove_dead_values(f);
	return any;
}
