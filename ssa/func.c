// func.c - making and editing the SSA IR: functions, blocks, values, edges,
// the op table, and the clean-ups every pass shares (use counts, removed
// values, unreachable blocks).
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "ssa.h"

#define C OPF_COMMUTATIVE
#define E OPF_EFFECT
#define P OPF_MAYPANIC
#define Q OPF_COMPARE
const OpInfo ssa_ops[SSA_NOPS] = {
	[SSA_INVALID] = {"Invalid", 0, 0},
	[SSA_CONST] = {"Const", 0, 0},
	[SSA_ARG] = {"Arg", 0, 0},
	[SSA_PHI] = {"Phi", -1, 0},
	[SSA_COPY] = {"Copy", 1, 0},
	[SSA_ADD] = {"Add", 2, C},
	[SSA_SUB] = {"Sub", 2, 0},
	[SSA_MUL] = {"Mul", 2, C},
	[SSA_DIV] = {"Div", 2, P},
	[SSA_DIVU] = {"DivU", 2, P},
	[SSA_MOD] = {"Mod", 2, P},
	[SSA_MODU] = {"ModU", 2, P},
	[SSA_AND] = {"And", 2, C},
	[SSA_OR] = {"Or", 2, C},
	[SSA_XOR] = {"Xor", 2, C},
	[SSA_ANDNOT] = {"AndNot", 2, 0},
	[SSA_LSH] = {"Lsh", 2, 0},
	[SSA_RSH] = {"Rsh", 2, 0},
	[SSA_RSHU] = {"RshU", 2, 0},
	[SSA_BITSET] = {"BitSet", 2, 0},
	[SSA_NEG] = {"Neg", 1, 0},
	[SSA_COM] = {"Com", 1, 0},
	[SSA_NOT] = {"Not", 1, 0},
	[SSA_EQ] = {"Eq", 2, C | Q},
	[SSA_NEQ] = {"Neq", 2, C | Q},
	[SSA_LESS] = {"Less", 2, Q},
	[SSA_LEQ] = {"Leq", 2, Q},
	[SSA_GREATER] = {"Greater", 2, Q},
	[SSA_GEQ] = {"Geq", 2, Q},
	[SSA_LESSU] = {"LessU", 2, Q},
	[SSA_LEQU] = {"LeqU", 2, Q},
	[SSA_GREATERU] = {"GreaterU", 2, Q},
	[SSA_GEQU] = {"GeqU", 2, Q},
	[SSA_SIGNEXT] = {"SignExt", 1, 0},
	[SSA_ZEROEXT] = {"ZeroExt", 1, 0},
	[SSA_SHIFTCHECK] = {"ShiftCheck", 1, E},
	[SSA_CALL] = {"Call", -1, E},
	[SSA_CONTEXT] = {"Context", 0, 0},
	[SSA_RESULT] = {"Result", 1, 0},
	[SSA_INDEXCHECK] = {"IndexCheck", 2, E},
	[SSA_NILCHECK] = {"NilCheck", 1, E},
	[SSA_PTRINDEX] = {"PtrIndex", 2, 0},
	[SSA_LOAD] = {"Load", 1, 0},
	[SSA_STORE] = {"Store", 2, E},
	[SSA_ADDF] = {"AddF", 2, C},
	[SSA_SUBF] = {"SubF", 2, 0},
	[SSA_MULF] = {"MulF", 2, C},
	[SSA_DIVF] = {"DivF", 2, 0},
	[SSA_NEGF] = {"NegF", 1, 0},
	[SSA_EQF] = {"EqF", 2, C | Q},
	[SSA_NEQF] = {"NeqF", 2, C | Q},
	[SSA_LESSF] = {"LessF", 2, Q},
	[SSA_LEQF] = {"LeqF", 2, Q},
	[SSA_GREATERF] = {"GreaterF", 2, Q},
	[SSA_GEQF] = {"GeqF", 2, Q},
	[SSA_CVTIF] = {"CvtIF", 1, 0},
	[SSA_CVTFI] = {"CvtFI", 1, 0},
	[SSA_ADDR] = {"Addr", 0, 0},
	[SSA_FRAMEADDR] = {"FrameAddr", 0, E},  // every one is a different area: never merged
	[SSA_RTCALL] = {"RtCall", -1, E},
	[SSA_SLICECHECK] = {"SliceCheck", 2, E},
};
#undef C
#undef E
#undef P
#undef Q

int mtype_size(MType t) {
	switch (t) {
	case MT_I8: return 1;
	case MT_I16: return 2;
	case MT_I32: case MT_F32: return 4;
	case MT_VOID: return 0;
	default: return 8;
	}
}

int ssa_call_words(Value *call) {
	return call->sym ? call->nargs : call->nargs - 1;
}

void ssa_mark_fused(SsaFunc *f) {
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			for (int a = 0; a < v->nargs; a++)
				if (v->args[a]->op == SSA_PTRINDEX && (a != 0 || (v->op != SSA_LOAD && v->op != SSA_STORE)))
					v->args[a]->as_value = true;
		}
		for (int k = 0; k < b->controls.len; k++) {
			Value *c = b->controls.data[k];
			if (c->op == SSA_PTRINDEX)
				c->as_value = true;  // a result
		}
	}
}

SsaFunc *ssa_new_func(const char *name) {
	SsaFunc *f = xcalloc(1, sizeof(SsaFunc));
	f->name = name;
	f->next_value = 1;
	f->next_block = 1;
	return f;
}

// n bytes of f's arena, not zeroed: for what the caller fills entirely.
// Inline while the current chunk has room (as pool_alloc rounds and
// bumps): the IR's values, argument arrays and lists come from here.
static inline void *arena_bytes(SsaFunc *f, size_t n) {
	Pool *p = &f->arena;
	n = (n + 15) & ~(size_t)15;
	if (n > p->left)
		return pool_alloc(p, n);
	void *r = p->next;
	p->next += n;
	p->left -= n;
	return r;
}

void *ssa_zalloc(SsaFunc *f, size_t n) {
	return memset(arena_bytes(f, n), 0, n);
}

void ssa_free_func(SsaFunc *f) {
	free(f->in_types);
	free(f->out_types);
	for (int i = 0; i < f->all_blocks.len; i++) {
		Block *b = f->all_blocks.data[i];
		Vec *lists[] = {&b->values, &b->controls, &b->preds, &b->succs, &b->incomplete};
		for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
			if (lists[k]->cap)  // else in the arena (ssa_push)
				free(lists[k]->data);
	}
	pool_free(&f->arena);
	free(f->all_blocks.data);
	free(f->blocks.data);
	free(f->vars.data);
	free(f->mem_vars.data);
	free(f->mem_areas.data);
	free(f->reassigned.data);
	for (int i = 0; i < f->inlined.len; i++)
		free(f->inlined.data[i]);
	free(f->inlined.data);
	free(f);
}

Block *ssa_new_block(SsaFunc *f, BlockKind kind) {
	Block *b = ssa_zalloc(f, sizeof(Block));
	vec_push(&f->all_blocks, b);
	b->id = f->next_block++;
	b->func = f;
	b->kind = kind;
	vec_push(&f->blocks, b);
	return b;
}

static Value *make_value(Block *b, SsaOp op, MType t) {
	Value *v = arena_bytes(b->func, sizeof(Value));
	*v = (Value){.id = b->func->next_value++, .op = op, .type = t, .block = b, .reg = -1, .cap = 2};
	v->args = v->argbuf;  // most values have two arguments at most: no array of their own
	if (op == SSA_COPY || op == SSA_PHI)  // a phi may be trivial
		b->func->copy_work = true;
	return v;
}

// A block's lists grow in the function's arena (most hold a few items;
// a malloc'd array each, then its doublings, cost more than the block).
// Such a Vec has cap 0, util.h's "an array that is not its own", which
// vec_push copies to the heap before growing it (code outside this file
// may push; ssa_free_func frees what has a cap); its room is implied by
// its length: 4 items, then each power of two doubles it. A list that
// shrank (values removed) only reallocates sooner.
static void grow(SsaFunc *f, Vec *v) {
	int room = v->len ? 2 * v->len : 4;
	void **data = arena_bytes(f, (size_t)room * sizeof(void *));
	if (v->len)
		memcpy(data, v->data, (size_t)v->len * sizeof(void *));
	v->data = data;
}

static inline void push(SsaFunc *f, Vec *v, void *item) {
	if (v->cap) {
		vec_push(v, item);
		return;
	}
	if (v->len == 0 || (v->len >= 4 && !(v->len & (v->len - 1))))
		grow(f, v);
	v->data[v->len++] = item;
}

void ssa_push(SsaFunc *f, Vec *v, void *item) {
	push(f, v, item);
}

static void more_args(Value *v) {
	v->cap *= 2;
	Value **n = arena_bytes(v->block->func, (size_t)v->cap * sizeof(Value *));  // args[nargs..cap) unread
	if (v->nargs)
		memcpy(n, v->args, (size_t)v->nargs * sizeof(Value *));
	v->args = n;
}

static inline void add_arg(Value *v, Value *a) {
	if (v->nargs == v->cap)
		more_args(v);
	v->args[v->nargs++] = a;
}

void ssa_add_arg(Value *v, Value *a) {
	add_arg(v, a);
}

Value *ssa_new_value(Block *b, SsaOp op, MType t, int nargs, ...) {
	Value *v = make_value(b, op, t);
	va_list ap;
	va_start(ap, nargs);
	for (int i = 0; i < nargs; i++)
		add_arg(v, va_arg(ap, Value *));
	va_end(ap);
	push(b->func, &b->values, v);
	return v;
}

Value *ssa_new_phi(Block *b, MType t) {
	Value *v = make_value(b, SSA_PHI, t);
	int at = 0;
	while (at < b->values.len && ((Value *)b->values.data[at])->op == SSA_PHI)
		at++;
	push(b->func, &b->values, NULL);
	memmove(&b->values.data[at + 1], &b->values.data[at], (size_t)(b->values.len - 1 - at) * sizeof(void *));
	b->values.data[at] = v;
	return v;
}

void ssa_add_edge(Block *from, Block *to) {
	push(from->func, &from->succs, to);
	push(to->func, &to->preds, from);
}

static void vec_remove(Vec *v, int i) {
	memmove(&v->data[i], &v->data[i + 1], (size_t)(v->len - i - 1) * sizeof(void *));
	v->len--;
}

void ssa_remove_edge(Block *from, int succ_index) {
	Block *to = from->succs.data[succ_index];
	from->func->copy_work = true;  // a phi that loses an argument may become trivial
	vec_remove(&from->succs, succ_index);
	for (int i = 0; i < to->preds.len; i++) {
		if (to->preds.data[i] != from)
			continue;
		vec_remove(&to->preds, i);
		for (int j = 0; j < to->values.len; j++) {
			Value *phi = to->values.data[j];
			if (phi->op != SSA_PHI || phi->nargs <= i)
				continue;
			memmove(&phi->args[i], &phi->args[i + 1], (size_t)(phi->nargs - i - 1) * sizeof(Value *));
			phi->nargs--;
		}
		break;
	}
}

void ssa_to_copy(Value *v, Value *src) {
	v->block->func->copy_work = true;
	v->op = SSA_COPY;
	v->nargs = 0;
	v->aux = 0;
	v->sym = NULL;
	ssa_add_arg(v, src);
}

void ssa_count_uses(SsaFunc *f) {
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++)
			((Value *)b->values.data[j])->uses = 0;
	}
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			for (int k = 0; k < v->nargs; k++)
				v->args[k]->uses++;
		}
		for (int j = 0; j < b->controls.len; j++)
			((Value *)b->controls.data[j])->uses++;
	}
}

void ssa_remove_dead_values(SsaFunc *f) {
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		int n = 0;
		for (int j = 0; j < b->values.len; j++)
			if (((Value *)b->values.data[j])->op != SSA_INVALID)
				b->values.data[n++] = b->values.data[j];
		b->values.len = n;
	}
}

// The blocks reachable from the entry: seen[id] (ids are below f->next_block).
static bool *mark_reachable(SsaFunc *f) {
	bool *seen = xcalloc((size_t)f->next_block, sizeof(bool));
	Block **work = xmalloc((size_t)f->next_block * sizeof(Block *));  // each block is pushed once
	int n = 0;
	Block *entry = f->blocks.data[0];
	work[n++] = entry;
	seen[entry->id] = true;
	while (n) {
		Block *b = work[--n];
		for (int i = 0; i < b->succs.len; i++) {
			Block *s = b->succs.data[i];
			if (!seen[s->id]) {
				seen[s->id] = true;
				work[n++] = s;
			}
		}
	}
	free(work);
	return seen;
}

void ssa_remove_unreachable(SsaFunc *f) {
	bool *seen = mark_reachable(f);
	int n = 0;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		if (seen[b->id]) {
			f->blocks.data[n++] = b;
			continue;
		}
		while (b->succs.len)
			ssa_remove_edge(b, b->succs.len - 1);
	}
	f->blocks.len = n;
	free(seen);
}

