// promote.c - stack objects to SSA values (LLVM's mem2reg, for frame
// areas): a FrameAddr whose address is used only by Loads and Stores
// through it (and nil checks, which it never fails) is memory no call and
// no other pointer can see, so each of its words is a variable: a Load
// becomes a copy of the value the last Store on the way there wrote, and
// where paths with different values meet, a phi merges them (Braun et
// al.'s reading of a variable on a complete CFG, as build.c does while
// building). The Stores go; the area stays in the frame unused, with its
// escape verdict in the assembly.
//
// What it catches: &T{...} and new(T) that escape analysis keeps on the
// stack and whose pointer stays in the function (p.x = ..., *p, or a
// pointer method inlined into it), and address-taken struct locals whose
// methods were inlined. A word is only promoted when every access to it
// is the same 8-byte word (integer or pointer, or float64): narrower or
// overlapping accesses, an area passed to a call or to the runtime, stored
// or returned, keep the whole area in memory.
#include <stdlib.h>
#include <string.h>
#include "ssa.h"

typedef struct Key {
	int area;           // index in areas
	int64_t off;
	MType mt;
} Key;

typedef struct Promote {
	SsaFunc *f;
	int *area_of;       // value id -> index in areas, or -1
	Vec areas;          // Value* (FrameAddr)
	bool *ok;           // per area
	Key *keys;
	int nkeys, cap;
	Value **last;       // [block id * nkeys + key]: the value the block's last Store of key wrote
	Value **entry;      // [block id * nkeys + key]: key's value where the block starts (memo)
} Promote;

static bool is_float(MType t) {
	return t == MT_F64 || t == MT_F32;
}

// The key of area a's word at off, added on first sight; -1 (and the area
// rejected) when the access does not fit the words seen so far.
static int key_of(Promote *P, int a, int64_t off, MType mt) {
	Value *area = P->areas.data[a];
	if (mtype_size(mt) != 8 || off < 0 || off % 8 != 0 || off + 8 > area->aux) {
		P->ok[a] = false;
		return -1;
	}
	for (int k = 0; k < P->nkeys; k++)
		if (P->keys[k].area == a && P->keys[k].off == off) {
			if (is_float(P->keys[k].mt) != is_float(mt))
				P->ok[a] = false;
			return P->ok[a] ? k : -1;
		}
	if (P->nkeys == P->cap) {
		P->cap = P->cap ? 2 * P->cap : 16;
		P->keys = realloc(P->keys, (size_t)P->cap * sizeof(Key));
	}
	P->keys[P->nkeys] = (Key){a, off, mt};
	return P->nkeys++;
}

// The area v's arg a points into (through copies), or -1.
static int area_arg(Promote *P, Value *v, int a) {
	Value *r = ssa_resolve(v->args[a]);
	return r->op == SSA_FRAMEADDR ? P->area_of[r->id] : -1;
}

// Which areas only Loads and Stores go through, and their words.
static void find(Promote *P) {
	SsaFunc *f = P->f;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			if (v->op == SSA_FRAMEADDR) {
				P->area_of[v->id] = P->areas.len;
				vec_push(&P->areas, v);
			}
		}
	}
	P->ok = xcalloc((size_t)P->areas.len + 1, sizeof(bool));
	for (int a = 0; a < P->areas.len; a++)
		P->ok[a] = true;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			for (int k = 0; k < v->nargs; k++) {
				int a = area_arg(P, v, k);
				if (a < 0 || v->op == SSA_COPY || v->op == SSA_NILCHECK)
					continue;
				if ((v->op == SSA_LOAD || v->op == SSA_STORE) && k == 0)
					key_of(P, a, v->aux, v->type);
				else
					P->ok[a] = false;  // the address itself goes somewhere
			}
		}
		for (int k = 0; k < b->controls.len; k++) {
			Value *r = ssa_resolve(b->controls.data[k]);
			if (r->op == SSA_FRAMEADDR && P->area_of[r->id] >= 0)
				P->ok[P->area_of[r->id]] = false;
		}
	}
}

// The key v (a Load, Store or NilCheck) accesses in a promoted area, or -1.
static int access(Promote *P, Value *v) {
	if ((v->op != SSA_LOAD && v->op != SSA_STORE && v->op != SSA_NILCHECK) || v->nargs < 1)
		return -1;
	int a = area_arg(P, v, 0);
	if (a < 0 || !P->ok[a])
		return -1;
	if (v->op == SSA_NILCHECK)
		return P->nkeys;  // any: it goes
	for (int k = 0; k < P->nkeys; k++)
		if (P->keys[k].area == a && P->keys[k].off == v->aux)
			return k;
	return -1;
}

static Value *at_entry(Promote *P, Block *b, int k);

static Value *at_end(Promote *P, Block *b, int k) {
	Value *v = P->last[b->id * P->nkeys + k];
	return v ? v : at_entry(P, b, k);
}

// Key k's value where block b starts: its one predecessor's at its end,
// a phi of the predecessors' (made before asking them: loops), or zero at
// the function's entry (the builder stores every word before reading it).
static Value *at_entry(Promote *P, Block *b, int k) {
	Value **memo = &P->entry[b->id * P->nkeys + k];
	if (*memo)
		return *memo;
	MType mt = P->keys[k].mt;
	if (b->preds.len == 0 || b == P->f->blocks.data[0]) {  // the builder never branches back to the entry
		*memo = ssa_new_value(b, SSA_CONST, mt, 0);
	} else if (b->preds.len == 1) {
		*memo = at_end(P, b->preds.data[0], k);
	} else {
		Value *phi = ssa_new_phi(b, mt);
		phi->pos = b->pos;
		*memo = phi;
		for (int i = 0; i < b->preds.len; i++)
			ssa_add_arg(phi, at_end(P, b->preds.data[i], k));
		Value *same = ssa_trivial_phi(phi);
		if (same == phi)
			same = ssa_new_value(b, SSA_CONST, mt, 0);
		if (same)
			ssa_to_copy(phi, same);
	}
	return *memo;
}

static void rewrite(Promote *P) {
	SsaFunc *f = P->f;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		for (int j = 0; j < b->values.len; j++) {
			Value *v = b->values.data[j];
			int k = access(P, v);
			if (k >= 0 && k < P->nkeys && v->op == SSA_STORE)
				P->last[b->id * P->nkeys + k] = v->args[1];
		}
	}
	Value **cur = xcalloc((size_t)P->nkeys + 1, sizeof(Value *));
	Value **snapshot = NULL;  // b's values: at_entry may put phis into b while it is walked
	int size = 0;
	for (int i = 0; i < f->blocks.len; i++) {
		Block *b = f->blocks.data[i];
		int n = b->values.len;
		if (n > size) {
			free(snapshot);
			size = n;
			snapshot = xmalloc((size_t)size * sizeof(Value *));
		}
		if (n)
			memcpy(snapshot, b->values.data, (size_t)n * sizeof(Value *));
		for (int k = 0; k < P->nkeys; k++)
			cur[k] = NULL;
		for (int j = 0; j < n; j++) {
			Value *v = snapshot[j];
			int k = access(P, v);
			if (k < 0)
				continue;
			if (v->op == SSA_NILCHECK) {
				v->op = SSA_INVALID;  // a frame area is never nil
			} else if (v->op == SSA_STORE) {
				cur[k] = v->args[1];
				v->op = SSA_INVALID;
			} else {
				if (!cur[k])
					cur[k] = at_entry(P, b, k);
				ssa_to_copy(v, cur[k]);
			}
		}
	}
	free(snapshot);
	free(cur);
}

bool ssa_promote(SsaFunc *f) {
	Promote P = {.f = f};
	P.area_of = xmalloc(((size_t)f->next_value + 1) * sizeof(int));
	for (int i = 0; i <= f->next_value; i++)
		P.area_of[i] = -1;
	find(&P);
	int n = 0;  // the keys of areas still promotable
	for (int k = 0; k < P.nkeys; k++)
		if (P.ok[P.keys[k].area])
			P.keys[n++] = P.keys[k];
	P.nkeys = n;
	bool any = n > 0;
	if (any) {
		size_t cells = ((size_t)f->next_block + 1) * (size_t)n;
		P.last = xcalloc(cells, sizeof(Value *));
		P.entry = xcalloc(cells, sizeof(Value *));
		rewrite(&P);
		ssa_remove_dead_values(f);
	}
	free(P.area_of);
	free(P.areas.data);
	free(P.ok);
	free(P.keys);
	free(P.last);
	free(P.entry);
	return any;
}
