// sweep.h - the fixed-point walk that fold.c, copyprop.c and divmod.c
// share: visit every value of every block, then the block itself, and go
// round again while a round made a change that a value already visited
// may build on (block may be NULL). A round after one that made no such
// change would change nothing, so it is not run.
//
// Inline, so that each pass's walk calls its own value() and block()
// directly (the compiler inlines them into the loop) instead of through
// pointers: the walk visits every value once per round of each of those
// passes.
#ifndef GOSCAPE_SSA_SWEEP_H
#define GOSCAPE_SSA_SWEEP_H

#include "ssa.h"

typedef enum {
	SWEEP_SAME,     // nothing changed
	SWEEP_CHANGED,  // a change no rewriting of another value depends on (a check removed)
	SWEEP_AGAIN,    // a change others may build on (a value became a copy or a constant)
} SweepResult;

static inline void sweep_note(SweepResult r, bool *any, bool *again) {
	*any |= r != SWEEP_SAME;
	*again |= r == SWEEP_AGAIN;
}

// value() on every value of each block, then block(b), in rounds while
// one returned SWEEP_AGAIN; true if any round changed something.
static inline bool ssa_sweep(SsaFunc *f, SweepResult (*value)(Value *), SweepResult (*block)(Block *)) {
	bool any = false, again = true;
	while (again) {
		again = false;
		for (int i = 0; i < f->blocks.len; i++) {
			Block *b = f->blocks.data[i];
			for (int j = 0; j < b->values.len; j++)
				sweep_note(value(b->values.data[j]), &any, &again);
			if (block)
				sweep_note(block(b), &any, &again);
		}
	}
	return any;
}

#endif
