// copyprop.c - copy propagation: every use of a Copy goes to its source,
// and a phi whose arguments are all one value (or the phi itself, around
// a loop) becomes a copy of that value, which the next round propagates.
// The copies are left without uses for dce.c.
#include "sweep.h"

Value *ssa_trivial_phi(Value *v) {
	Value *same = v;
	for (int i = 0; i < v->nargs; i++) {
		Value *a = ssa_resolve(v->args[i]);
		if (a == v || a == same)
			continue;
		if (same != v)
			return NULL;
		same = a;
	}
	return same;
}

// Uses of copies go to the source (a copy's own arg stays, so dce sees
// the copy unused); a trivial phi becomes a copy. Only the new copy
// calls for another round: what the other values see through copies
// (ssa_resolve) is the same before and after a use is redirected.
static SweepResult prop_value(Value *v) {
	SweepResult changed = SWEEP_SAME;
	for (int k = 0; k < v->nargs && v->op != SSA_COPY; k++)
		if (v->args[k]->op == SSA_COPY) {
			v->args[k] = ssa_resolve(v->args[k]);
			changed = SWEEP_CHANGED;
		}
	Value *same;
	if (v->op == SSA_PHI && (same = ssa_trivial_phi(v)) && same != v) {
		ssa_to_copy(v, same);
		changed = SWEEP_AGAIN;
	}
	return changed;
}

static SweepResult prop_controls(Block *b) {
	SweepResult changed = SWEEP_SAME;
	for (int k = 0; k < b->controls.len; k++)
		if (((Value *)b->controls.data[k])->op == SSA_COPY) {
			b->controls.data[k] = ssa_resolve(b->controls.data[k]);
			changed = SWEEP_CHANGED;
		}
	return changed;
}

bool ssa_copyprop(SsaFunc *f) {
	bool changed = ssa_sweep(f, prop_value, prop_controls);
	f->copy_work = false;  // at the fixed point: no use of a copy, no trivial phi
	return changed;
}
