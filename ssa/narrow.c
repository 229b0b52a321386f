// narrow.c - uint32 arithmetic in 32-bit instructions. Every integer
// lives in a 64-bit register, so uint32(h * k) is a 64-bit imul and a
// ZeroExt (mov %r9d, %r9d) after it; an x86 32-bit op writes its result
// zero-extended anyway. A ZeroExt <i32> of an Add, Sub, Mul, or Lsh by a
// constant below 32 that nothing else reads becomes a copy, and the op
// gets type i32: computed in 32 bits (gen.c uses the 32-bit registers;
// fold.c wraps its constants to 32 bits). It runs late, after copy
// propagation (v's argument is x itself, not a copy others read too),
// so that the passes before it see only 64-bit ops.
#include "ssa.h"

static bool narrowable(Value *x) {
	switch (x->op) {
	case SSA_ADD: case SSA_SUB: case SSA_MUL:
		return true;
	case SSA_LSH: {
		Value *c = ssa_resolve(x->args[1]);
		return !x->aux && c->op == SSA_CONST && c->aux >= 0 && c->aux < 32;
	}
	default:
		return false;
	}
}

bool ssa_narrowed(Value *v) {
	return v->type == MT_I32 && narrowable(v);
}

bool ssa_narrow(SsaFunc *f) {
	bool any = false, counted = false;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op != SSA_ZEROEXT || v->type != MT_I32)
				continue;
			if (!counted) {  // the uses, once a ZeroExt <i32> is seen
				ssa_count_uses(f);
				counted = true;
			}
			Value *x = v->args[0];  // not through a copy: x's one use is v itself
			if (x->uses != 1 || x->type != MT_I64 || !narrowable(x))
				continue;
			x->type = MT_I32;
			ssa_to_copy(v, x);
			any = true;
		}
	}
	return any;
}
