// fold.c - constant folding and propagation. A value whose arguments are
// all constants becomes a constant (with Go's wrap-around, and x / -1 =
// -x as Go defines it); identities (x+0, x*1, x&-1, shifts by 0) become
// copies, x-x and x^x zero; an if on a constant becomes a plain block,
// dropping the edge not taken (dce.c then removes what became unreachable). A nil check of
// a frame area's or a symbol's address goes. Since the
// constants are values, propagation is the same walk repeated until
// nothing changes. A division by a constant zero stays (it panics).
#include "sweep.h"

static bool is_const(Value *v, int64_t *c) {
	v = ssa_resolve(v);
	if (v->op != SSA_CONST)
		return false;
	*c = v->aux;
	return true;
}

// The value of width t extended the way SignExt/ZeroExt do.
static int64_t extend(SsaOp op, MType t, int64_t x) {
	switch (mtype_size(t)) {
	case 1: return op == SSA_SIGNEXT ? (int64_t)(int8_t)x : (int64_t)(uint8_t)x;
	case 2: return op == SSA_SIGNEXT ? (int64_t)(int16_t)x : (int64_t)(uint16_t)x;
	case 4: return op == SSA_SIGNEXT ? (int64_t)(int32_t)x : (int64_t)(uint32_t)x;
	default: return x;
	}
}

// Evaluates op on constants; false when it must stay (it would panic).
static bool eval(SsaOp op, MType t, int64_t a, int64_t b, int64_t *r) {
	uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
	switch (op) {
	case SSA_ADD: *r = (int64_t)(ua + ub); return true;
	case SSA_SUB: *r = (int64_t)(ua - ub); return true;
	case SSA_MUL: *r = (int64_t)(ua * ub); return true;
	case SSA_DIV: case SSA_MOD:
		if (b == 0)
			return false;
		if (b == -1)
			*r = op == SSA_DIV ? (int64_t)(0 - ua) : 0;
		else
			*r = op == SSA_DIV ? a / b : a % b;
		return true;
	case SSA_DIVU: case SSA_MODU:
		if (b == 0)
			return false;
		*r = (int64_t)(op == SSA_DIVU ? ua / ub : ua % ub);
		return true;
	case SSA_AND: *r = a & b; return true;
	case SSA_OR: *r = a | b; return true;
	case SSA_XOR: *r = a ^ b; return true;
	case SSA_ANDNOT: *r = a & ~b; return true;
	case SSA_LSH: *r = ub >= 64 ? 0 : (int64_t)(ua << ub); return true;
	case SSA_RSH: *r = a >> (ub >= 64 ? 63 : ub); return true;
	case SSA_RSHU: *r = ub >= 64 ? 0 : (int64_t)(ua >> ub); return true;
	case SSA_BITSET: *r = (int64_t)(ua | (uint64_t)1 << (ub & 63)); return true;
	case SSA_NEG: *r = (int64_t)(0 - ua); return true;
	case SSA_COM: *r = ~a; return true;
	case SSA_NOT: *r = !a; return true;
	case SSA_EQ: *r = a == b; return true;
	case SSA_NEQ: *r = a != b; return true;
	case SSA_LESS: *r = a < b; return true;
	case SSA_LEQ: *r = a <= b; return true;
	case SSA_GREATER: *r = a > b; return true;
	case SSA_GEQ: *r = a >= b; return true;
	case SSA_LESSU: *r = ua < ub; return true;
	case SSA_LEQU: *r = ua <= ub; return true;
	case SSA_GREATERU: *r = ua > ub; return true;
	case SSA_GEQU: *r = ua >= ub; return true;
	case SSA_SIGNEXT: case SSA_ZEROEXT: *r = extend(op, t, a); return true;
	case SSA_COPY: *r = a; return true;
	default: return false;
	}
}

static void to_const(Value *v, int64_t c) {
	v->op = SSA_CONST;
	v->nargs = 0;
	v->aux = c;
	v->sym = NULL;
}

// x op c where c makes the operation the identity (or a constant).
static bool simplify(Value *v) {
	int64_t c;
	if ((v->op == SSA_SUB || v->op == SSA_XOR) && ssa_resolve(v->args[0]) == ssa_resolve(v->args[1])) {
		to_const(v, 0);  // x - x, x ^ x
		return true;
	}
	if (v->nargs != 2 || !is_const(v->args[1], &c))
		return false;
	switch (v->op) {
	case SSA_ADD: case SSA_SUB: case SSA_OR: case SSA_XOR:
	case SSA_LSH: case SSA_RSH: case SSA_RSHU: case SSA_ANDNOT:
		if (c != 0)
			return false;
		ssa_to_copy(v, v->args[0]);
		return true;
	case SSA_MUL:
		if (c == 0) {
			to_const(v, 0);
			return true;
		}
		/* fallthrough */
	case SSA_DIV: case SSA_DIVU:
		if (c != 1)
			return false;
		ssa_to_copy(v, v->args[0]);
		return true;
	case SSA_AND:
		if (c == 0) {
			to_const(v, 0);
			return true;
		}
		if (c != -1)
			return false;
		ssa_to_copy(v, v->args[0]);
		return true;
	default:
		return false;
	}
}

// A check that goes is SWEEP_CHANGED: no value reads a check, so nothing
// else folds because of it; a value that becomes a constant or a copy
// may let the values that read it fold too (SWEEP_AGAIN).
static SweepResult fold_value(Value *v) {
	if (v->op == SSA_SHIFTCHECK) {
		int64_t c;
		if (!is_const(v->args[0], &c) || c < 0)
			return SWEEP_SAME;
		v->op = SSA_INVALID;  // a constant count is never negative here
		return SWEEP_CHANGED;
	}
	if (v->op == SSA_INDEXCHECK) {
		int64_t i, n;
		if (!is_const(v->args[0], &i) || !is_const(v->args[1], &n) || (uint64_t)i >= (uint64_t)n)
			return SWEEP_SAME;
		v->op = SSA_INVALID;  // a constant index in range
		return SWEEP_CHANGED;
	}
	if (v->op == SSA_NILCHECK && (ssa_resolve(v->args[0])->op == SSA_FRAMEADDR || ssa_resolve(v->args[0])->op == SSA_ADDR)) {
		v->op = SSA_INVALID;  // a frame area (a stack object) or a symbol is never nil
		return SWEEP_CHANGED;
	}
	if (v->op == SSA_SLICECHECK) {
		int64_t x, y;
		if (!is_const(v->args[0], &x) || !is_const(v->args[1], &y) || (uint64_t)x > (uint64_t)y)
			return SWEEP_SAME;
		v->op = SSA_INVALID;  // constant bounds in order
		return SWEEP_CHANGED;
	}
	switch (v->op) {
	case SSA_PHI: case SSA_CALL: case SSA_LOAD: case SSA_STORE: case SSA_PTRINDEX:
	case SSA_RESULT: case SSA_CONST: case SSA_ARG: case SSA_RTCALL: case SSA_CONTEXT: case SSA_NILCHECK:
		return SWEEP_SAME;
	default:
		break;
	}
	int64_t a = 0, b = 0, r;
	if (v->nargs >= 1 && !is_const(v->args[0], &a))
		return simplify(v) ? SWEEP_AGAIN : SWEEP_SAME;
	if (v->nargs >= 2 && !is_const(v->args[1], &b))
		return SWEEP_SAME;
	if ((v->op == SSA_LSH || v->op == SSA_RSH || v->op == SSA_RSHU) && v->aux)
		b &= 63;  // a count taken mod 64
	if (!eval(v->op, v->type, a, b, &r))
		return SWEEP_SAME;
	if (ssa_narrowed(v))
		r = (int64_t)(uint32_t)r;
	to_const(v, r);
	return SWEEP_AGAIN;
}

// An if on a constant jumps to one side only (the phis it no longer
// reaches lose an argument: fold leaves phis alone).
static SweepResult fold_branch(Block *b) {
	int64_t c;
	if (b->kind != BK_IF || !is_const(b->controls.data[0], &c))
		return SWEEP_SAME;
	ssa_remove_edge(b, c ? 1 : 0);
	b->kind = BK_PLAIN;
	b->controls.len = 0;
	return SWEEP_CHANGED;
}

bool ssa_fold(SsaFunc *f) {
	bool any = ssa_sweep(f, fold_value, fold_branch);
	if (any)  // the checks it removed
		ssa_remove_dead_values(f);
	ssa_remove_unreachable(f);
	return any;
}
