// regalloc.c - linear-scan register allocation (Poletto and Sarkar) over
// the blocks in reverse postorder.
//
// Each value's lifetime is a set of ranges of positions, one per block it
// is live in (liveness by the usual backward data flow; a phi's argument
// is used at the end of the predecessor), with holes where it is dead, as
// in Wimmer and Mössenböck's linear scan: a loop's phi and the next
// iteration's value can share a register. Values are taken in the order
// of their first position; each gets a register no value holding it
// overlaps (preferring the register of the phi it feeds, or of the
// operand that dies where it is defined), for its whole lifetime (an
// argument that lives across a call: see split_arguments), or,
// when none is free, a frame slot (an argument's slot is its incoming
// word) for it or for the values holding the cheapest register, whichever
// are worth less (uses weighted 8x per enclosing loop). %rax, %rcx and %rdx are never allocated: the emitter
// moves operands through them (division, shifts by %cl, spilled values).
// A value live across a call gets a callee-saved register (%rbx,
// %r12-%r15: the function saves those it uses) or a slot; the others
// prefer the caller-saved %rsi, %rdi, %r8-%r11. A float64 gets one of
// %xmm1-%xmm14 (%xmm0 and %xmm15 are the emitter's), or a slot when it
// lives across a call (System V saves no SSE register). Constants and
// addresses get nothing: they are immediates (a lea) where they are used.
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
	"%xmm0", "%xmm1", "%xmm2", "%xmm3", "%xmm4", "%xmm5", "%xmm6", "%xmm7",
	"%xmm8", "%xmm9", "%xmm10", "%xmm11", "%xmm12", "%xmm13", "%xmm14", "%xmm15",
};
static const int caller_saved[] = {SSA_RSI, SSA_RDI, SSA_R8, SSA_R9, SSA_R10, SSA_R11};
static const int callee_saved[] = {SSA_RBX, SSA_R12, SSA_R13, SSA_R14, SSA_R15};

void ssa_layout(SsaFunc *f, Block ***order, int *n) {
	int nb = f->blocks.len;
	Block **post = xcalloc((size_t)nb + 1, sizeof(Block *));
	int np = 0;
	bool *seen = xcalloc((size_t)f->next_block + 1, sizeof(bool));  // by block id
	// iterative DFS; successors in reverse so that successor 0 (a then
	// branch, a loop body) comes right after its block
	Block **stack = xcalloc((size_t)nb + 1, sizeof(Block *));
	int *next = xcalloc((size_t)nb + 1, sizeof(int));
	int sp = 0;
	stack[sp] = f->blocks.data[0];
	next[sp++] = 0;
	seen[stack[0]->id] = true;
	while (sp) {
		Block *b = stack[sp - 1];
		if (next[sp - 1] < b->succs.len) {
			Block *s = b->succs.data[b->succs.len - 1 - next[sp - 1]++];
			if (!seen[s->id]) {
				seen[s->id] = true;
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
	free(seen);
	*order = rpo;
	*n = np;
}

// Constants are immediates, addresses a lea at each use, a PtrIndex of size 1, 2, 4 or 8 is its
// users' addressing mode, stores and checks have no result.
static bool allocatable(Value *v) {
	return !ssa_rematerialised(v) && v->type != MT_VOID && v->op != SSA_STORE && !ssa_fused_index(v);
}

typedef SsaRange Range;

// A range as the walk over the blocks finds it, before they are grouped
// by value.
typedef struct Found {
	int id, from, to;
} Found;

typedef struct Alloc {
	SsaFunc *f;
	int nv;              // value ids are below this
	int *start, *end;    // first and last position per value id (-1: none)
	Range **ranges;      // per value id: where it is live, in ascending order, disjoint
	int *nranges;
	Range *pool;         // the ranges of all values, grouped by value
	Found *found;        // the ranges in the order intervals finds them
	int nfound, capfound;
	int *pos;            // per value id: its position
	Value **by_id;
	unsigned char *kind; // per value id: what liveness does with a use (value_kind)
	int *def_in;         // per value id: the index in the order of the block that defines it (-1: none)
	int *next_call;      // per position p: the position of the first call after p (npos: none)
	int npos;            // positions are below this
	int *depth;          // per position: how many loops hold it (a back edge's target to its source)
	int *looped;         // per position p: how many positions before p some loop holds
	int *use_off, *use_at; // an argument's uses: positions use_at[use_off[id]] .. [use_off[id + 1] - 1]
	int *reach;          // per value id holding a register: see overlap
	Vec cuts;            // Cut*: the lifetimes split_arguments shortened, to restore for the caller
} Alloc;

// Ranges are found block by block, so each value's come in ascending
// order; they are grouped by value once all are found (group_ranges).
static inline void add_range(Alloc *A, int id, int from, int to) {
	if (A->nfound == A->capfound) {
		A->capfound = A->capfound ? 2 * A->capfound : 256;
		A->found = xrealloc(A->found, (size_t)A->capfound * sizeof(Found));
	}
	A->found[A->nfound++] = (Found){id, from, to};
	A->nranges[id]++;
}

// Each value's ranges side by side in one pool, in the order found; its
// start and end are then those of its first and last range.
static void group_ranges(Alloc *A) {
	A->pool = xmalloc(((size_t)A->nfound + 1) * sizeof(Range));
	int at = 0;
	for (int id = 0; id < A->nv; id++) {
		A->ranges[id] = A->pool + at;
		at += A->nranges[id];
		A->nranges[id] = 0;
	}
	for (int i = 0; i < A->nfound; i++) {
		Found *r = &A->found[i];
		A->ranges[r->id][A->nranges[r->id]++] = (Range){r->from, r->to};
	}
	for (int id = 0; id < A->nv; id++)
		if (A->nranges[id]) {
			A->start[id] = A->ranges[id][0].from;
			A->end[id] = A->ranges[id][A->nranges[id] - 1].to;
		}
	free(A->found);
	A->found = NULL;
}

// Whether value x, being allocated, and w, a value that holds a register
// and started no later, are live at one position (touching ends do not
// count: an operand's last use may be its result's register). Both lists
// ascend and do not overlap themselves, so they are merged from x's start
// (w's ranges that end before it meet nothing of x): the range that ends
// first cannot meet any later range of the other. Values are allocated
// in the order of their starts, so w's first range that reaches x's start
// only moves forward: A->reach[w] remembers it.
static bool overlap(Alloc *A, int x, int w) {
	const Range *a = A->ranges[x], *b = A->ranges[w];
	int na = A->nranges[x], nb = A->nranges[w];
	int s = A->start[x], i = 0, j = A->reach[w];
	while (j < nb && b[j].to < s)
		j++;
	A->reach[w] = j;
	while (i < na && j < nb) {
		if ((a[i].from < b[j].to && b[j].from < a[i].to) || a[i].from == b[j].from)
			return true;  // (equal starts: defined at one position, a phi and a live-in value)
		if (a[i].to <= b[j].to)
			i++;
		else
			j++;
	}
	return false;
}

typedef uint64_t Word;
#define WBITS 64
static void set_bit(Word *s, int i) { s[i / WBITS] |= (Word)1 << (i % WBITS); }
static void clear_bit(Word *s, int i) { s[i / WBITS] &= ~((Word)1 << (i % WBITS)); }

static bool get_bit(const Word *s, int i) { return (s[i / WBITS] >> (i % WBITS)) & 1; }

// What a use of a value means to liveness, worked out once per value:
// nothing (a constant, a store), the value is live (allocatable), or its
// operands are (a fused PtrIndex, read by its user).
enum { UNSEEN, UNTRACKED, TRACKED, FUSED };

static int kind_of(Value *v) {
	return ssa_fused_index(v) ? FUSED : allocatable(v) ? TRACKED : UNTRACKED;
}

static inline int value_kind(Alloc *A, Value *v) {
	int k = A->kind[v->id];
	return k != UNSEEN ? k : (A->kind[v->id] = (unsigned char)kind_of(v));
}

// v is used at p, walking a block backwards: live from its definition
// up to its last use (a fused PtrIndex: its operands, read by the user).
static void live_at(Alloc *A, Word *live, int *end_at, Value *v, int p);

static void live_at_fused(Alloc *A, Word *live, int *end_at, Value *v, int p) {
	live_at(A, live, end_at, v->args[0], p);
	live_at(A, live, end_at, v->args[1], p);
}

static inline void live_at(Alloc *A, Word *live, int *end_at, Value *v, int p) {
	int k = value_kind(A, v);
	if (k == FUSED) {
		live_at_fused(A, live, end_at, v, p);
	} else if (k == TRACKED && !get_bit(live, v->id)) {
		set_bit(live, v->id);
		end_at[v->id] = p;
	}
}

// Liveness, live_out per block (nb rows of nw words), by path
// exploration (Appel, "Modern Compiler Implementation"): a value used in
// a block other than the one that defines it is live into that block, so
// out of each of its predecessors and into those that do not define it,
// and so on up until a block where it is known live. The same sets as
// the usual data flow to a fixed point, without its rounds over every
// block; a phi's argument is used at the end of the predecessor it comes
// from.
typedef struct Live {
	Alloc *A;
	Block **order;
	const int *at;   // per block id: its index in the order, -1 when not in it
	Word *in, *out;  // live into and out of each block of the order
	size_t row;
	int *stack;      // blocks whose predecessors are still to visit (each once per value)
} Live;

// Value id is live into block i.
static void live_in(Live *L, int id, int i) {
	Word *in = L->in, *out = L->out;
	size_t row = L->row;
	int def = L->A->def_in[id];
	if (get_bit(in + i * row, id))
		return;
	set_bit(in + i * row, id);
	int sp = 0;
	L->stack[sp++] = i;
	while (sp) {
		Block *b = L->order[L->stack[--sp]];
		for (int p = 0; p < b->preds.len; p++) {
			int q = L->at[((Block *)b->preds.data[p])->id];
			if (q < 0)
				continue;
			set_bit(out + q * row, id);
			if (q != def && !get_bit(in + q * row, id)) {
				set_bit(in + q * row, id);
				L->stack[sp++] = q;
			}
		}
	}
}

// v is read in block i (a fused PtrIndex: its operands, read by the user).
static void use(Live *L, Value *v, int i) {
	int k = value_kind(L->A, v);
	if (k == FUSED) {
		use(L, v->args[0], i);
		use(L, v->args[1], i);
	} else if (k == TRACKED && L->A->def_in[v->id] != i) {
		live_in(L, v->id, i);
	}
}

static Word *liveness(Alloc *A, Block **order, int nb, int nw, const int *at) {
	Live L = {A, order, at, NULL, NULL, (size_t)nw, xmalloc(((size_t)nb + 1) * sizeof(int))};
	Word *sets = xcalloc(2 * (size_t)nb * L.row + 1, sizeof(Word));
	L.out = sets;
	L.in = sets + nb * L.row;
	for (int i = 0; i < nb; i++) {
		Block *b = order[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op != SSA_PHI) {
				for (int k = 0; k < v->nargs; k++)
					use(&L, v->args[k], i);
				continue;
			}
			for (int k = 0; k < b->preds.len; k++) {
				Value *x = v->args[k];
				int q = at[((Block *)b->preds.data[k])->id];
				if (q < 0 || value_kind(A, x) != TRACKED)
					continue;
				set_bit(L.out + q * L.row, x->id);
				if (A->def_in[x->id] != q)
					live_in(&L, x->id, q);
			}
		}
		for (int k = 0; k < b->controls.len; k++) {
			Value *c = b->controls.data[k];
			if (value_kind(A, c) == TRACKED && A->def_in[c->id] != i)
				live_in(&L, c->id, i);
		}
	}
	free(L.stack);
	return sets;
}

// Positions, liveness and the intervals.
static void intervals(Alloc *A, Block **order, int nb) {
	int nw = (A->nv + WBITS - 1) / WBITS;
	int pos = 0;
	Vec calls = {0};
	int *at = xmalloc(((size_t)A->f->next_block + 1) * sizeof(int));  // by block id
	for (int id = 0; id <= A->f->next_block; id++)
		at[id] = -1;
	for (int i = 0; i < nb; i++) {
		Block *b = order[i];
		b->order = at[b->id] = i;
		b->start = pos++;
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			A->def_in[v->id] = i;
			value_kind(A, v);
			A->by_id[v->id] = v;
			// an argument (or a closure's context) arrives before the
			// block's code: its register or slot holds it from the start
			// (gen.c's entry moves)
			A->pos[v->id] = v->op == SSA_PHI || v->op == SSA_ARG || v->op == SSA_CONTEXT ? b->start : pos++;
			if (v->op == SSA_CALL || v->op == SSA_RTCALL)
				vec_push(&calls, (void *)(intptr_t)A->pos[v->id]);
		}
		b->end = pos++;
	}
	// loop depth per position: +1 from a back edge's target, -1 after its
	// source (a difference array, then its running sum)
	A->npos = pos;
	A->depth = xcalloc((size_t)pos + 2, sizeof(int));
	A->looped = xcalloc((size_t)pos + 2, sizeof(int));
	for (int i = 0; i < nb; i++)
		for (int k = 0; k < order[i]->succs.len; k++) {
			Block *to = order[i]->succs.data[k];
			if (to->order <= i) {
				A->depth[to->start]++;
				A->depth[order[i]->end + 1]--;
			}
		}
	for (int p = 0; p <= pos; p++) {
		if (p)
			A->depth[p] += A->depth[p - 1];
		A->looped[p + 1] = A->looped[p] + (A->depth[p] > 0);
	}
	A->next_call = xmalloc(((size_t)pos + 1) * sizeof(int));
	for (int p = pos, k = calls.len; p >= 0; p--) {  // k: the first call after p
		while (k > 0 && (int)(intptr_t)calls.data[k - 1] > p)
			k--;
		A->next_call[p] = k < calls.len ? (int)(intptr_t)calls.data[k] : pos;
	}
	free(calls.data);

	Word *out = liveness(A, order, nb, nw, at);
	free(at);
	Word *tmp = xcalloc((size_t)nw + 1, sizeof(Word));
	// the ranges, block by block, walking each backwards from what is
	// live at its end
	int *end_at = xcalloc((size_t)A->nv + 1, sizeof(int));
	for (int i = 0; i < nb; i++) {
		Block *b = order[i];
		memcpy(tmp, out + (size_t)i * nw, (size_t)nw * sizeof(Word));
		for (int w = 0; w < nw; w++)
			for (Word m = tmp[w]; m; m &= m - 1)
				end_at[w * WBITS + __builtin_ctzll(m)] = b->end;
		for (int k = 0; k < b->controls.len; k++)
			live_at(A, tmp, end_at, b->controls.data[k], b->end);
		for (int j = b->values.len - 1; j >= 0; j--) {
			Value *v = b->values.data[j];
			int p = A->pos[v->id];
			if (value_kind(A, v) == TRACKED) {
				// an argument or a context is written at the entry even when
				// unused (-N): its register is taken there, and not by
				// another of the entry's values
				bool entry = v->op == SSA_ARG || v->op == SSA_CONTEXT;
				int to = get_bit(tmp, v->id) ? end_at[v->id] : p;
				add_range(A, v->id, p, entry && to == p ? p + 1 : to);
				clear_bit(tmp, v->id);
			}
			if (v->op == SSA_PHI)
				continue;
			for (int k = 0; k < v->nargs; k++)
				live_at(A, tmp, end_at, v->args[k], p);
		}
		for (int w = 0; w < nw; w++)
			for (Word m = tmp[w]; m; m &= m - 1) {
				int id = w * WBITS + __builtin_ctzll(m);
				add_range(A, id, b->start, end_at[id]);
			}
	}
	free(end_at);
	free(out);
	free(tmp);
	group_ranges(A);
}

// Whether id is live in a loop: between a back edge's target and its
// source in reverse postorder (a loop's blocks, and perhaps a few more).
static bool in_loop(Alloc *A, int id) {
	for (int r = 0; r < A->nranges[id]; r++) {
		Range rg = A->ranges[id][r];
		if (A->looped[rg.to + 1] > A->looped[rg.from])
			return true;
	}
	return false;
}

// The position of the first call id lives across (it is live after
// it), or -1: the first range with a call after its start and before
// its end has it (the ranges ascend).
static int first_call_across(Alloc *A, int id) {
	for (int r = 0; r < A->nranges[id]; r++) {
		Range rg = A->ranges[id][r];
		if (A->next_call[rg.from] < rg.to)
			return A->next_call[rg.from];
	}
	return -1;
}

// ---- live-range splitting of arguments ----
//
// An argument that lives across a call outside loops has its incoming
// word as its home (the entry stores it there: gen.c's entry moves, or the
// caller for the stack ABI). It still keeps the register it arrives in
// up to its last use before the first call it lives across, and only the
// uses after that read the slot: the code before the call (a recursion's
// base case, the arguments of the call) reads the register. Sound because
// no loop holds the argument: every path along which it is live runs
// forward in the emission order, so a use at or before that position is
// reached only through positions where the register is its.

// v is read at p (a fused PtrIndex: its operands); each argument's
// positions, counted first (at == NULL) then filled.
static void note_use(Alloc *A, Value *v, int p, int *fill) {
	if (value_kind(A, v) == FUSED) {
		note_use(A, v->args[0], p, fill);
		note_use(A, v->args[1], p, fill);
	} else if (v->op == SSA_ARG) {
		if (A->use_at)
			A->use_at[A->use_off[v->id] + fill[v->id]++] = p;
		else
			A->use_off[v->id + 1]++;
	}
}

static void argument_uses(Alloc *A, Block **order, int nb) {
	A->use_off = xcalloc((size_t)A->nv + 2, sizeof(int));
	int *fill = xcalloc((size_t)A->nv + 1, sizeof(int));
	for (int round = 0; round < 2; round++) {
		if (round) {
			for (int id = 0; id < A->nv; id++)
				A->use_off[id + 1] += A->use_off[id];
			A->use_at = xcalloc((size_t)A->use_off[A->nv] + 1, sizeof(int));
		}
		for (int i = 0; i < nb; i++) {
			Block *b = order[i];
			for (int j = 0; j < b->values.len; j++) {
				Value *v = b->values.data[j];
				for (int k = 0; k < v->nargs; k++)  // a phi reads its arguments at the predecessors' ends
					note_use(A, v->args[k], v->op == SSA_PHI ? ((Block *)b->preds.data[k])->end : A->pos[v->id], fill);
			}
			for (int k = 0; k < b->controls.len; k++)
				note_use(A, b->controls.data[k], b->end, fill);
		}
	}
	free(fill);
}

// The last position at or before call that reads argument id, or 0 when
// none does.
static int last_use_before(Alloc *A, int id, int call) {
	int last = 0;
	for (int u = A->use_off[id]; u < A->use_off[id + 1]; u++)
		if (A->use_at[u] <= call && A->use_at[u] > last)
			last = A->use_at[u];
	return last;
}

// A lifetime cut_after shortened, as it was: ssa_regalloc's caller gets
// the whole lifetimes back.
typedef struct Cut {
	int id, nranges, last, to;  // the number of ranges, and the last one kept and its end
} Cut;

// id's lifetime cut after position end: the register's part of it.
static void cut_after(Alloc *A, int id, int end) {
	Cut *c = xmalloc(sizeof(Cut));
	*c = (Cut){id, A->nranges[id], -1, 0};
	vec_push(&A->cuts, c);
	int keep = 0;
	for (int r = 0; r < A->nranges[id]; r++) {
		Range rg = A->ranges[id][r];
		if (rg.from > end)
			continue;
		if (rg.to > end) {
			c->last = keep;
			c->to = rg.to;
			rg.to = end;
		}
		A->ranges[id][keep++] = rg;
	}
	A->nranges[id] = keep;
	A->end[id] = end;
}

// The lifetimes as they were before split_arguments (the ranges ascend,
// so it kept a prefix of each and shortened the last).
static void uncut(Alloc *A) {
	for (int i = 0; i < A->cuts.len; i++) {
		Cut *c = A->cuts.data[i];
		A->nranges[c->id] = c->nranges;
		if (c->last >= 0)
			A->ranges[c->id][c->last].to = c->to;
		free(c);
	}
	A->cuts.len = 0;
}

// Where a register ABI function stores its incoming words to their slots
// (gen.c): the start of the first block with a call, when every later
// block is reached only through it (so it dominates them and every
// call), else 0, the entry. A base case that returns before any call
// then stores nothing.
static int store_point(SsaFunc *f, Block **order, int nb) {
	if (!f->abi || f->reassigned.len)  // gdb finds an assigned parameter's values in its slot
		return 0;
	int first = -1;
	for (int i = 0; i < nb && first < 0; i++)
		for (int j = 0; j < order[i]->values.len && first < 0; j++) {
			SsaOp op = ((Value *)order[i]->values.data[j])->op;
			if (op == SSA_CALL || op == SSA_RTCALL)
				first = i;
		}
	if (first <= 0)
		return 0;
	for (int i = first + 1; i < nb; i++)
		for (int p = 0; p < order[i]->preds.len; p++)
			if (((Block *)order[i]->preds.data[p])->order < first)
				return 0;
	return order[first]->start;
}

static bool live_at_pos(Alloc *A, int id, int p) {
	for (int r = 0; r < A->nranges[id]; r++)
		if (A->ranges[id][r].from <= p && p <= A->ranges[id][r].to)
			return true;
	return false;
}

// Cuts each argument that lives across a call outside loops after its
// last use before that call (Value.reg_end); the rest of its lifetime is
// its slot's, and one with no such use stays whole, to be spilled. When
// the arguments are stored at a block's start (store_point), one live
// there keeps its register up to there at least: the store reads it.
static void split_arguments(Alloc *A, Block **order, int nb, Value **list, int n) {
	int store = A->f->arg_store = store_point(A->f, order, nb);
	for (int i = 0; i < n; i++) {
		Value *v = list[i];
		int call = v->op == SSA_ARG ? first_call_across(A, v->id) : -1;
		if (call < 0 || in_loop(A, v->id))
			continue;
		if (!A->use_off)  // the first argument to split: where are they all read
			argument_uses(A, order, nb);
		int end = last_use_before(A, v->id, call);
		if (store && store > end && live_at_pos(A, v->id, store))
			end = store;
		if (end) {
			cut_after(A, v->id, end);
			v->reg_end = end;
		}
	}
}

// How much a value's register is worth: its definition and uses, each
// counted 8 times more per enclosing loop.
static double *use_weights(Alloc *A, Block **order, int nb) {
	double *w = xcalloc((size_t)A->nv + 1, sizeof(double));
	for (int i = 0; i < nb; i++) {
		int depth = A->depth[order[i]->start];  // a loop holding a block's start holds the block
		double k = 1;
		for (int d = 0; d < depth && d < 8; d++)
			k *= 8;
		for (int j = 0; j < order[i]->values.len; j++) {
			Value *v = order[i]->values.data[j];
			w[v->id] += k;
			for (int a = 0; a < v->nargs; a++) {
				Value *x = v->args[a];
				if (value_kind(A, x) == FUSED) {
					w[x->args[0]->id] += k;
					w[x->args[1]->id] += k;
				} else {
					w[x->id] += k;
				}
			}
		}
		for (int c = 0; c < order[i]->controls.len; c++)
			w[((Value *)order[i]->controls.data[c])->id] += k;
	}
	return w;
}

static void spill(Value *v, SlotAlloc slot_alloc);

static bool callee_saved_reg(int r) {
	return r == SSA_RBX || (r >= SSA_R12 && r <= SSA_R15);
}

// The registers as the value being allocated (v, from position s) sees
// them: whether each is free is worked out when first asked, since the
// first register tried is mostly free.
typedef struct Regs {
	Alloc *A;
	Vec *holders;  // Value*: per register, the values given it that may still overlap
	Value *v;
	int s;
	signed char known[SSA_NREGS];  // 0: not asked yet, 1: free, -1: taken
} Regs;

// Whether no holder of r overlaps v. The holders over before s go: s
// only grows, so they are over for every value still to come.
static bool is_free(Regs *R, int r) {
	if (!R->known[r]) {
		Vec *h = &R->holders[r];
		bool free = true;
		int keep = 0;
		for (int j = 0; j < h->len; j++) {
			Value *w = h->data[j];
			if (R->A->end[w->id] <= R->s)
				continue;
			h->data[keep++] = w;
			if (free && overlap(R->A, R->v->id, w->id))
				free = false;
		}
		h->len = keep;
		R->known[r] = free ? 1 : -1;
	}
	return R->known[r] > 0;
}

// Whether v (a float when fl; across: it lives across a call) may take r.
static bool fits(int r, Regs *R, bool fl, bool across) {
	return r >= 0 && (r >= SSA_X0) == fl && (!across || callee_saved_reg(r)) && is_free(R, r);
}

// The register ABI's registers, per value id (-1: none): an argument
// wants the register it arrives in, a call's results the registers they
// come back in, a value passed to a register call or returned (when it
// dies there) the register it goes in, so that the moves at the entry,
// around calls and at the return vanish.
static int *abi_wants(Alloc *A) {
	int *want = xmalloc(((size_t)A->nv + 1) * sizeof(int));
	for (int id = 0; id < A->nv; id++)
		want[id] = -1;
	for (int id = 0; id < A->nv; id++) {
		Value *v = A->by_id[id];
		if (!v)
			continue;
		if (v->op == SSA_ARG && A->f->abi && v->aux < A->f->abi->nin)
			want[id] = A->f->abi->in[v->aux];
		if (v->op == SSA_RESULT && v->args[0]->abi)
			want[id] = v->args[0]->abi->out[v->aux];
		if (v->op != SSA_CALL || !v->abi)
			continue;
		if (v->type != MT_VOID)
			want[id] = v->abi->out[0];
		int first = v->nargs - ssa_call_words(v);  // a func value's call: after the func value
		for (int k = first; k < v->nargs; k++) {
			Value *x = v->args[k];
			if (value_kind(A, x) == TRACKED && want[x->id] < 0 && A->end[x->id] == A->pos[id])
				want[x->id] = v->abi->in[k - first];
		}
	}
	for (int i = 0; A->f->abi && i < A->f->blocks.len; i++) {  // the results, where they go back
		Block *b = A->f->blocks.data[i];
		for (int k = 0; b->kind == BK_RET && k < b->controls.len; k++) {
			Value *x = b->controls.data[k];
			if (value_kind(A, x) == TRACKED && want[x->id] < 0 && A->end[x->id] == b->end)
				want[x->id] = A->f->abi->out[k];
		}
	}
	return want;
}

// No register is free for v: the register whose overlapping holders are
// worth least gives them up (they move to slots for their whole
// lifetime), when they are worth less than v. -1: v is the one to spill.
static int evict(Regs *R, bool across, double *weight, SlotAlloc slot_alloc) {
	Alloc *A = R->A;
	Value *v = R->v;
	Vec *holders = R->holders;
	int best = -1;
	double best_cost = weight[v->id];
	for (int r = SSA_RBX; r <= SSA_R15; r++) {
		if (r == SSA_RAX || r == SSA_RCX || r == SSA_RDX || (across && r != SSA_RBX && r < SSA_R12))
			continue;
		is_free(R, r);  // drops the holders that are over
		double cost = 0;
		for (int j = 0; j < holders[r].len; j++) {
			Value *w = holders[r].data[j];
			if (overlap(A, v->id, w->id))
				cost += weight[w->id];
		}
		if (cost < best_cost) {
			best = r;
			best_cost = cost;
		}
	}
	if (best < 0)
		return -1;
	int keep = 0;
	for (int j = 0; j < holders[best].len; j++) {
		Value *w = holders[best].data[j];
		if (overlap(A, v->id, w->id))
			spill(w, slot_alloc);
		else
			holders[best].data[keep++] = w;
	}
	holders[best].len = keep;
	return best;
}

// The values to allocate, in the order of their first position (then of
// their ids): a counting sort over the positions.
static Value **by_start(Alloc *A, int *n) {
	int *at = xcalloc((size_t)A->npos + 1, sizeof(int));
	int count = 0;
	for (int id = 0; id < A->nv; id++)
		if (A->by_id[id] && A->kind[id] == TRACKED && A->start[id] >= 0) {
			at[A->start[id] + 1]++;
			count++;
		}
	for (int p = 1; p < A->npos; p++)
		at[p] += at[p - 1];
	Value **list = xmalloc(((size_t)count + 1) * sizeof(Value *));
	for (int id = 0; id < A->nv; id++)
		if (A->by_id[id] && A->kind[id] == TRACKED && A->start[id] >= 0)
			list[at[A->start[id]]++] = A->by_id[id];
	free(at);
	*n = count;
	return list;
}

static void spill(Value *v, SlotAlloc slot_alloc) {
	v->reg = -1;
	v->reg_end = 0;
	if (v->op == SSA_ARG)
		return;  // its incoming word
	v->slot = slot_alloc(xasprintf("spill v%d%s%s", v->id, v->name ? " " : "", v->name ? v->name : ""));
}

// Positions and lifetimes of f's values in the emission order.
static void alloc_begin(Alloc *A, SsaFunc *f, Block ***order, int *nb) {
	ssa_emit_order(f, order, nb);
	*A = (Alloc){0};
	A->f = f;
	A->nv = f->next_value;
	A->start = xmalloc((size_t)A->nv * sizeof(int));
	A->end = xmalloc((size_t)A->nv * sizeof(int));
	A->by_id = xcalloc((size_t)A->nv, sizeof(Value *));
	A->kind = xcalloc((size_t)A->nv, 1);
	A->ranges = xcalloc((size_t)A->nv, sizeof(Range *));
	A->nranges = xcalloc((size_t)A->nv, sizeof(int));
	A->pos = xcalloc((size_t)A->nv, sizeof(int));
	A->def_in = xmalloc((size_t)A->nv * sizeof(int));
	for (int i = 0; i < A->nv; i++)
		A->start[i] = A->end[i] = A->def_in[i] = -1;
	intervals(A, *order, *nb);
}

// Frees what alloc_begin made but the lifetimes, which go to *lt.
static void alloc_end(Alloc *A, Block **order, SsaLifetimes *lt) {
	*lt = (SsaLifetimes){.nv = A->nv, .npos = A->npos, .pos = A->pos, .ranges = A->ranges,
	                     .nranges = A->nranges, .pool = A->pool};
	free(A->start);
	free(A->end);
	free(A->by_id);
	free(A->kind);
	free(A->def_in);
	free(A->cuts.data);
	free(A->depth);
	free(A->looped);
	free(A->use_off);
	free(A->use_at);
	free(A->reach);
	free(A->next_call);
	free(order);
}

void ssa_free_lifetimes(SsaLifetimes *lt) {
	free(lt->pool);
	free(lt->ranges);
	free(lt->nranges);
	free(lt->pos);
}

unsigned ssa_regalloc(SsaFunc *f, SlotAlloc slot_alloc, SsaLifetimes *lt) {
	Block **order;
	int nb;
	Alloc A;
	ssa_mark_fused(f);
	alloc_begin(&A, f, &order, &nb);
	ssa_count_uses(f);

	for (int id = 0; id < A.nv; id++) {
		Value *v = A.by_id[id];
		if (!v)
			continue;
		v->reg = -1;
		v->reg_end = 0;
		v->slot = v->op == SSA_ARG ? (int)(16 + 8 * v->aux) : 0;
	}
	int n;
	Value **list = by_start(&A, &n);

	// Hints: a phi's argument would like the phi's register (no move on
	// the edge), a result its first operand's when that dies there.
	Value **hint = xcalloc((size_t)A.nv + 1, sizeof(Value *));
	for (int i = 0; i < n; i++) {
		Value *v = list[i];
		if (v->op == SSA_PHI) {
			for (int k = 0; k < v->nargs; k++)
				if (value_kind(&A, v->args[k]) == TRACKED && !hint[v->args[k]->id])
					hint[v->args[k]->id] = v;
		}
	}
	split_arguments(&A, order, nb, list, n);
	for (int i = 0; i < n; i++) {
		Value *v = list[i];
		for (int k = 0; k < v->nargs && k < 2 && !hint[v->id] && v->op != SSA_PHI; k++)
			if (value_kind(&A, v->args[k]) == TRACKED && A.end[v->args[k]->id] == A.start[v->id] &&
			    (k == 0 || (ssa_ops[v->op].flags & OPF_COMMUTATIVE)))
				hint[v->id] = v->args[k];
	}
	int *want = abi_wants(&A);
	double *weight = use_weights(&A, order, nb);
	Vec holders[SSA_NREGS] = {{0}};  // Value*: the values given each register that may still overlap
	A.reach = xcalloc((size_t)A.nv + 1, sizeof(int));
	unsigned used_callee = 0;
	for (int i = 0; i < n; i++) {
		Value *v = list[i];
		bool fl = v->type == MT_F64 || v->type == MT_F32;
		Regs R = {&A, holders, v, A.start[v->id], {0}};
		bool across = first_call_across(&A, v->id) >= 0;
		// Outside loops, a slot is cheaper for a value that lives across
		// a call but is rarely read (an argument's slot costs nothing to
		// fill; split_arguments kept what it can of its register) than a
		// callee-saved register, which every call of the function saves
		// and restores, on every path.
		if (across && !in_loop(&A, v->id) && (v->op == SSA_ARG || (!fl && v->uses <= 2))) {
			spill(v, slot_alloc);
			continue;
		}
		int reg = -1;
		Value *h = hint[v->id];
		if (h && h->op == SSA_PHI && fits(h->reg, &R, fl, across))
			reg = h->reg;
		if (reg < 0 && fits(want[v->id], &R, fl, across))
			reg = want[v->id];
		if (reg < 0 && h && fits(h->reg, &R, fl, across))
			reg = h->reg;
		for (int r = SSA_X1; fl && !across && r <= SSA_X14 && reg < 0; r++)
			if (is_free(&R, r))
				reg = r;
		if (fl) {
			if (reg < 0) {
				spill(v, slot_alloc);
				continue;
			}
			v->reg = reg;
			vec_push(&holders[reg], v);
			continue;
		}
		if (!across)
			for (size_t k = 0; k < sizeof caller_saved / sizeof caller_saved[0] && reg < 0; k++)
				if (is_free(&R, caller_saved[k]))
					reg = caller_saved[k];
		for (size_t k = 0; k < sizeof callee_saved / sizeof callee_saved[0] && reg < 0; k++)
			if (is_free(&R, callee_saved[k]))
				reg = callee_saved[k];
		if (reg < 0)
			reg = evict(&R, across, weight, slot_alloc);
		if (reg < 0) {
			spill(v, slot_alloc);
			continue;
		}
		v->reg = reg;
		vec_push(&holders[reg], v);
		if (reg == SSA_RBX || (reg >= SSA_R12 && reg <= SSA_R15))
			used_callee |= 1u << reg;
	}
	for (int r = 0; r < SSA_NREGS; r++)
		free(holders[r].data);
	uncut(&A);
	alloc_end(&A, order, lt);
	free(list);
	free(hint);
	free(want);
	free(weight);
	return used_callee;
}
