// bitset.c - instruction selection for setting one bit: x | 1<<y becomes
// BitSet x y (x86's bts: one instruction, where the shift takes three
// and a register for the 1) when the shift's count is below 64 or taken
// mod 64 (range.c's rewrite of y & 63), which is what bts does with it.
// The shift goes with dce.c when nothing else reads it.
#include "ssa.h"

// y when v is 1 << y with y below 64 or taken mod 64, else NULL.
static Value *one_bit(Value *v) {
	v = ssa_resolve(v);
	if (v->op != SSA_LSH)
		return NULL;
	Value *one = ssa_resolve(v->args[0]);
	if (one->op != SSA_CONST || one->aux != 1 || (!v->aux && ssa_umax(v->args[1]) >= 64))
		return NULL;
	return v->args[1];
}

bool ssa_bitset(SsaFunc *f) {
	bool any = false;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op != SSA_OR)
				continue;
			for (int k = 0; k < 2; k++) {
				Value *y = one_bit(v->args[k]);
				if (!y)
					continue;
				v->op = SSA_BITSET;
				v->args[0] = v->args[1 - k];
				v->args[1] = y;
				any = true;
				break;
			}
		}
	}
	return any;
}
