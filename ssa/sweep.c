// sweep.c - the fixed-point walk that fold.c and copyprop.c share: visit
// every value of every block, then the block itself, and go round again
// until a whole round changes nothing (block may be NULL).
#include "ssa.h"

bool ssa_sweep(SsaFunc *f, bool (*value)(Value *), bool (*block)(Block *)) {
	bool any = false, changed = true;
	while (changed) {
		changed = false;
		for (int i = 0; i < f->blocks.len; i++) {
			Block *b = f->blocks.data[i];
			for (int j = 0; j < b->values.len; j++)
				changed |= value(b->values.data[j]);
			if (block)
				changed |= block(b);
		}
		any |= changed;
	}
	return any;
}
