// sweep.c - the fixed-point walk that fold.c, copyprop.c and divmod.c
// share: visit every value of every block, then the block itself, and go
// round again while a round made a change that a value already visited
// may build on (block may be NULL). A round after one that made no such
// change would change nothing, so it is not run.
#include "ssa.h"

static void note(SweepResult r, bool *any, bool *again) {
	*any |= r != SWEEP_SAME;
	*again |= r == SWEEP_AGAIN;
}

bool ssa_sweep(SsaFunc *f, SweepResult (*value)(Value *), SweepResult (*block)(Block *)) {
	bool any = false, again = true;
	while (again) {
		again = false;
		for (int i = 0; i < f->blocks.len; i++) {
			Block *b = f->blocks.data[i];
			for (int j = 0; j < b->values.len; j++)
				note(value(b->values.data[j]), &any, &again);
			if (block)
				note(block(b), &any, &again);
		}
	}
	return any;
}
