// rotate.c - the order blocks are emitted in: reverse postorder, with
// each loop's test moved from the top to the bottom (Go's loopRotate).
// In reverse postorder a loop `for i < n { body }` is laid out as
//     head: cmp; jge exit      body: ...; jmp head
// two jumps per iteration; with the head moved after the loop's last
// block (the latch that jumps back to it) the latch falls into the test
// and the test jumps back into the body:
//     jmp head (once)   body: ...   head: cmp; jl body
// Only the order changes, not the blocks: register allocation (its
// positions) and the emitter (its fall-throughs) both follow it. -N
// keeps reverse postorder, so the assembly follows the source.
#include <string.h>
#include "ssa.h"

// Moves each loop head whose test leaves the loop after the loop's last
// block, innermost loops first (they sit after their outer loop's head).
static void rotate(Block **order, int n) {
	for (int i = 0; i < n; i++)
		order[i]->order = i;
	for (int h = n - 1; h > 0; h--) {
		Block *head = order[h];
		if (head->kind != BK_IF)
			continue;
		int last = -1;  // the latest block that jumps back to head
		for (int p = 0; p < head->preds.len; p++) {
			int q = ((Block *)head->preds.data[p])->order;
			if (q > h && q > last)
				last = q;
		}
		if (last < 0)
			continue;
		Block *s0 = head->succs.data[0], *s1 = head->succs.data[1];
		bool in0 = s0->order > h && s0->order <= last, in1 = s1->order > h && s1->order <= last;
		if (in0 == in1)  // not a test between the body and the way out
			continue;
		memmove(order + h, order + h + 1, (size_t)(last - h) * sizeof(Block *));
		order[last] = head;
		for (int i = h; i <= last; i++)
			order[i]->order = i;
	}
}

void ssa_emit_order(SsaFunc *f, Block ***order, int *n) {
	ssa_layout(f, order, n);
	if (!ssa_options.no_opt)
		rotate(*order, *n);
}
