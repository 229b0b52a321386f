// regalloc.c - linear-scan register allocation (Poletto and Sarkar) over
// the blocks in reverse postorder.
//
// Each value gets one interval: the hull of its definition, its uses
// (a phi's argument is used at the end of the predecessor) and the
// starts and ends of the blocks it is live into or out of (liveness by
// the usual backward data flow). It gets one register for the whole
// interval, or, spilled, one frame slot (an argument's slot is its
// incoming word). %rax, %rcx and %rdx are never allocated: the emitter
// moves operands through them (division, shifts by %cl, spilled values).
// A value live across a call gets a callee-saved register (%rbx,
// %r12-%r15: the function saves those it uses) or a slot; the others
// prefer the caller-saved %rsi, %rdi, %r8-%r11. Constants get nothing:
// they are immediates where they are used.
//
// The collector finds pointers that live in callee-saved registers: each
// way into it (runtime/gc_entry.S) and every goroutine switch
// (runtime/context.S) pushes those registers onto the scanned stack.
#include <stdlib.h>
#include <string.h>
#include "ssa.h"

const char *const ssa_reg_names[SSA_NREGS] = {
	"%rax", "%rcx", "%rdx", "%rbx", "%rsi", "%rdi", "%r8", "%r9",
	"%r10", "%r11", "%r12", "%r13", "%r14", "%r15",
};
static const int caller_saved[] = {SSA_RSI, SSA_RDI, SSA_R8, SSA_R9, SSA_R10, SSA_R11};
static const int callee_saved[] = {SSA_RBX, SSA_R12, SSA_R13, SSA_R14, SSA_R15};

void ssa_layout(SsaFunc *f, Block ***order, int *n) {
	int nb = f->blocks.len;
	Block **post = xcalloc((size_t)nb + 1, sizeof(Block *));
	int np = 0;
	PtrMap seen = {0};
	// iterative DFS; successors in reverse so that successor 0 (a then
	// branch, a loop body) comes right after its block
	Block **stack = xcalloc((size_t)nb + 1, sizeof(Block *));
	int *next = xcalloc((size_t)nb + 1, sizeof(int));
	int sp = 0;
	stack[sp] = f->blocks.data[0];
	next[sp++] = 0;
	ptrmap_put(&seen, f->blocks.data[0], f);
	while (sp) {
		Block *b = stack[sp - 1];
		if (next[sp - 1] < b->succs.len) {
			Block *s = b->succs.data[b->succs.len - 1 - next[sp - 1]++];
			if (!ptrmap_get(&seen, s)) {
				ptrmap_put(&seen, s, f);
				stack[sp] = s;
				next[sp++] = 0;
			}
			continue;
		}
		post[np++] = b;
		sp--;
	}
	Block **rpo = xcalloc((size_t)np + 1, sizeof(Block *));
	for (int i = 0; i < np; i++)
		rpo[i] = post[np - 1 - i];
	free(post);
	free(stack);
	free(next);
	*order = rpo;
	*n = np;
}

// Constants are immediates, a PtrIndex of size 1, 2, 4 or 8 is its
// users' addressing mode, stores and checks have no result.
static bool allocatable(Value *v) {
	return v->op != SSA_CONST && v->type != MT_VOID && v->op != SSA_STORE && !ssa_fused_index(v);
}

typedef struct Alloc {
	SsaFunc *f;
	int nv;              // value ids are below this
	int *start, *end;    // interval per value id (-1: none)
	Value **by_id;
	int *calls;          // positions of calls, ascending
	int ncalls;
} Alloc;

static void widen(Alloc *A, Value *v, int pos) {
	if (!allocatable(v))
		return;
	if (A->start[v->id] < 0 || pos < A->start[v->id])
		A->start[v->id] = pos;
	if (pos > A->end[v->id])
		A->end[v->id] = pos;
}

typedef uint64_t Word;
#define WBITS 64
static void set_bit(Word *s, int i) { s[i / WBITS] |= (Word)1 << (i % WBITS); }
static void clear_bit(Word *s, int i) { s[i / WBITS] &= ~((Word)1 << (i % WBITS)); }

// v is used: live (a fused PtrIndex: its operands, read by the user).
static void use(Word *live, Value *v) {
	if (ssa_fused_index(v)) {
		use(live, v->args[0]);
		use(live, v->args[1]);
	} else if (allocatable(v)) {
		set_bit(live, v->id);
	}
}

// Positions, liveness and the intervals.
static void intervals(Alloc *A, Block **order, int nb) {
	int nw = (A->nv + WBITS - 1) / WBITS;
	int pos = 0;
	Vec calls = {0};
	for (int i = 0; i < nb; i++) {
		Block *b = order[i];
		b->order = i;
		b->start = pos++;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			A->by_id[v->id] = v;
			int p = v->op == SSA_PHI ? b->start : pos++;
			widen(A, v, p);
			if (v->op == SSA_CALL)
				vec_push(&calls, (void *)(intptr_t)p);
			if (v->op == SSA_PHI)
				continue;
			for (int k = 0; k < v->nargs; k++) {
				widen(A, v->args[k], p);
				if (ssa_fused_index(v->args[k])) {  // its operands are read here
					widen(A, v->args[k]->args[0], p);
					widen(A, v->args[k]->args[1], p);
				}
			}
		}
		b->end = pos++;
		for (int k = 0; k < b->controls.len; k++)
			widen(A, b->controls.data[k], b->end);
		// a phi's arguments are read at the end of their predecessors
		for (int s = 0; s < b->succs.len; s++) {
			Block *to = b->succs.data[s];
			for (int p = 0; p < to->preds.len; p++)
				if (to->preds.data[p] == b)
					for (int j = 0; j < to->values.len; j++) {
						Value *phi = to->values.data[j];
						if (phi->op == SSA_PHI)
							widen(A, phi->args[p], b->end);
					}
		}
	}
	A->ncalls = calls.len;
	A->calls = xcalloc((size_t)calls.len + 1, sizeof(int));
	for (int i = 0; i < calls.len; i++)
		A->calls[i] = (int)(intptr_t)calls.data[i];

	// live_in[b] = uses(b) + (live_out[b] - defs(b)); live_out[b] = the
	// live_in of the successors (without their phis) + the phis' arguments
	Word **in = xcalloc((size_t)nb, sizeof(Word *)), **out = xcalloc((size_t)nb, sizeof(Word *));
	for (int i = 0; i < nb; i++) {
		in[i] = xcalloc((size_t)nw + 1, sizeof(Word));
		out[i] = xcalloc((size_t)nw + 1, sizeof(Word));
	}
	Word *tmp = xcalloc((size_t)nw + 1, sizeof(Word));
	bool changed = true;
	while (changed) {
		changed = false;
		for (int i = nb - 1; i >= 0; i--) {
			Block *b = order[i];
			memset(tmp, 0, (size_t)nw * sizeof(Word));
			for (int s = 0; s < b->succs.len; s++) {
				Block *to = b->succs.data[s];
				for (int w = 0; w < nw; w++)
					tmp[w] |= in[to->order][w];
				for (int p = 0; p < to->preds.len; p++)
					if (to->preds.data[p] == b)
						for (int j = 0; j < to->values.len; j++) {
							Value *phi = to->values.data[j];
							if (phi->op == SSA_PHI && allocatable(phi->args[p]))
								set_bit(tmp, phi->args[p]->id);
						}
			}
			memcpy(out[i], tmp, (size_t)nw * sizeof(Word));
			for (int k = 0; k < b->controls.len; k++)
				if (allocatable(b->controls.data[k]))
					set_bit(tmp, ((Value *)b->controls.data[k])->id);
			for (int j = b->values.len - 1; j >= 0; j--) {
				Value *v = b->values.data[j];
				clear_bit(tmp, v->id);
				if (v->op == SSA_PHI)
					continue;
				for (int k = 0; k < v->nargs; k++)
					use(tmp, v->args[k]);
			}
			if (memcmp(tmp, in[i], (size_t)nw * sizeof(Word)) != 0) {
				memcpy(in[i], tmp, (size_t)nw * sizeof(Word));
				changed = true;
			}
		}
	}
	for (int i = 0; i < nb; i++)
		for (int w = 0; w < nw; w++) {
			for (Word m = in[i][w]; m; m &= m - 1)
				widen(A, A->by_id[w * WBITS + __builtin_ctzll(m)], order[i]->start);
			for (Word m = out[i][w]; m; m &= m - 1)
				widen(A, A->by_id[w * WBITS + __builtin_ctzll(m)], order[i]->end);
		}
	for (int i = 0; i < nb; i++) {
		free(in[i]);
		free(out[i]);
	}
	free(in);
	free(out);
	free(tmp);
}

static bool crosses_call(Alloc *A, int id) {
	int lo = 0, hi = A->ncalls;  // first call after the start
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (A->calls[mid] <= A->start[id])
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < A->ncalls && A->calls[lo] < A->end[id];
}

static Alloc *sort_alloc;
static int by_start(const void *a, const void *b) {
	const Value *x = *(Value *const *)a, *y = *(Value *const *)b;
	int d = sort_alloc->start[x->id] - sort_alloc->start[y->id];
	return d ? d : x->id - y->id;
}

static void spill(Value *v, SlotAlloc slot_alloc) {
	v->reg = -1;
	if (v->op == SSA_ARG)
		return;  // its incoming word
	v->slot = slot_alloc(xasprintf("spill v%d%s%s", v->id, v->name ? " " : "", v->name ? v->name : ""));
}

unsigned ssa_regalloc(SsaFunc *f, SlotAlloc slot_alloc) {
	Block **order;
	int nb;
	ssa_layout(f, &order, &nb);
	Alloc A = {0};
	A.f = f;
	A.nv = f->next_value;
	A.start = xmalloc((size_t)A.nv * sizeof(int));
	A.end = xmalloc((size_t)A.nv * sizeof(int));
	A.by_id = xcalloc((size_t)A.nv, sizeof(Value *));
	for (int i = 0; i < A.nv; i++)
		A.start[i] = A.end[i] = -1;
	intervals(&A, order, nb);

	Value **list = xcalloc((size_t)A.nv + 1, sizeof(Value *));
	int n = 0;
	for (int id = 0; id < A.nv; id++) {
		Value *v = A.by_id[id];
		if (!v)
			continue;
		v->reg = -1;
		v->slot = v->op == SSA_ARG ? (int)(16 + 8 * v->aux) : 0;
		if (allocatable(v) && A.start[id] >= 0)
			list[n++] = v;
	}
	sort_alloc = &A;
	qsort(list, (size_t)n, sizeof(Value *), by_start);

	Value *active[SSA_NREGS] = {0};  // the value holding each register
	unsigned used_callee = 0;
	for (int i = 0; i < n; i++) {
		Value *v = list[i];
		int s = A.start[v->id];
		for (int r = 0; r < SSA_NREGS; r++)
			if (active[r] && A.end[active[r]->id] <= s)
				active[r] = NULL;
		bool across = crosses_call(&A, v->id);
		int reg = -1;
		if (!across)
			for (size_t k = 0; k < sizeof caller_saved / sizeof caller_saved[0] && reg < 0; k++)
				if (!active[caller_saved[k]])
					reg = caller_saved[k];
		for (size_t k = 0; k < sizeof callee_saved / sizeof callee_saved[0] && reg < 0; k++)
			if (!active[callee_saved[k]])
				reg = callee_saved[k];
		if (reg < 0) {
			// all taken: the interval that ends last gives up its register
			int victim = -1;
			for (int r = 0; r < SSA_NREGS; r++) {
				bool ok = across ? r == SSA_RBX || r >= SSA_R12 : r >= SSA_RBX;
				if (active[r] && ok && (victim < 0 || A.end[active[r]->id] > A.end[active[victim]->id]))
					victim = r;
			}
			if (victim >= 0 && A.end[active[victim]->id] > A.end[v->id]) {
				spill(active[victim], slot_alloc);
				reg = victim;
			} else {
				spill(v, slot_alloc);
				continue;
			}
		}
		v->reg = reg;
		active[reg] = v;
		if (reg == SSA_RBX || reg >= SSA_R12)
			used_callee |= 1u << reg;
	}
	free(list);
	free(order);
	return used_callee;
}
