// critical.c - splits critical edges: an edge from a block with two
// successors into a block with phis gets an empty block of its own, so
// that the register allocator's phi moves, which go at the end of the
// predecessor, run on that edge only.
#include "ssa.h"

static bool has_phi(Block *b) {
	return b->values.len && ((Value *)b->values.data[0])->op == SSA_PHI;
}

void ssa_split_critical(SsaFunc *f) {
	int n = f->blocks.len;
	for (int i = 0; i < n; i++) {
		Block *b = f->blocks.data[i];
		if (b->succs.len < 2)
			continue;
		for (int s = 0; s < b->succs.len; s++) {
			Block *to = b->succs.data[s];
			if (!has_phi(to))
				continue;
			Block *mid = ssa_new_block(f, BK_PLAIN);
			mid->pos = b->pos;
			b->succs.data[s] = mid;
			vec_push(&mid->preds, b);
			vec_push(&mid->succs, to);
			for (int p = 0; p < to->preds.len; p++)
				if (to->preds.data[p] == b) {
					to->preds.data[p] = mid;
					break;
				}
		}
	}
}
