// graph.c - the data-flow graph: locations, holes and edges.
//
// A hole is "where a value goes": a destination location plus how many
// dereferences are applied on the way. Evaluating an expression into a
// hole adds edges (flow) from the locations it reads.
#include "escape_int.h"

Loc *new_loc(Batch *b, Node *n, Obj *var, bool transient) {
	Loc *l = pool_zalloc(&b->pool, sizeof(Loc));
	l->n = n;
	l->var = var;
	l->fn = b->curfn;
	l->loopdepth = b->loopdepth;
	l->transient = transient;
	l->id = b->locs.len;
	leaks_init(&l->leaks);
	vec_push(&b->locs, l);
	if (var)
		ptrmap_put(&b->varloc, var, l);
	return l;
}

Loc *var_loc(Batch *b, Obj *var) {
	if (!var || var->kind != OBJ_VAR || var->is_global)
		return NULL;
	Loc *l = ptrmap_get(&b->varloc, var);
	if (!l && b->curfn) {
		// Not among its function's declarations: track it anyway, so
		// that its address can never escape unnoticed.
		l = new_loc(b, NULL, var, false);
		if (var->owner)
			l->fn = var->owner;
	}
	return l;
}

Hole hole_note(Batch *b, Hole k, Node *where, const char *why) {
	if (k.dst == &b->blank)
		return k; // flow() drops what goes there, notes and all
	Note *n = pool_zalloc(&b->pool, sizeof(Note));
	n->next = k.notes;
	n->where = where;
	n->why = why;
	k.notes = n;
	return k;
}

Hole hole_shift(Hole k, int delta) {
	k.derefs += delta;
	if (k.derefs < -1)
		k.derefs = -1; // cannot happen for well-typed code; stay safe
	k.addrtaken = delta < 0;
	return k;
}

Hole hole_deref(Batch *b, Hole k, Node *where, const char *why) {
	return hole_note(b, hole_shift(k, 1), where, why);
}

Hole hole_addr(Batch *b, Hole k, Node *where, const char *why) {
	return hole_note(b, hole_shift(k, -1), where, why);
}

static void push_edge(Batch *b, Edge **edges, int *n, int *cap, Edge e) {
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 4;
		Edge *grown = pool_zalloc(&b->pool, (size_t)*cap * sizeof(Edge));
		for (int i = 0; i < *n; i++)
			grown[i] = (*edges)[i];
		*edges = grown;
	}
	(*edges)[(*n)++] = e;
}

void flow(Batch *b, Hole k, Loc *src) {
	if (k.addrtaken)
		src->addrtaken = true;
	Loc *dst = k.dst;
	if (dst == &b->blank)
		return;
	if (dst == src && k.derefs >= 0) // x = x, x = *x
		return;
	if (dst->escapes && k.derefs < 0) { // dst = &src with dst already escaping
		if (!src->escapes) {
			if (src->n || src->var)
				explain_escaping_flow(b, dst, src, k.derefs, k.notes);
			src->reason = plain_reason(b, dst, src, k.notes);
		}
		src->escapes = true;
		if (b->opt->dot)
			push_edge(b, &dst->shortcuts, &dst->nshortcuts, &dst->capshortcuts,
			          (Edge){.src = src, .derefs = k.derefs, .notes = k.notes});
		return;
	}
	push_edge(b, &dst->edges, &dst->nedges, &dst->capedges, (Edge){.src = src, .derefs = k.derefs, .notes = k.notes});
}

// A new allocation n: its address flows into k; the returned hole fills it.
Hole spill(Batch *b, Hole k, Node *n) {
	Loc *l = new_loc(b, n, NULL, true);
	flow(b, hole_addr(b, k, n, "spill"), l);
	return loc_hole(l);
}

// One temporary flowing into several holes (none address-taking).
Hole tee_hole(Batch *b, Hole *ks, int nk) {
	if (nk == 0)
		return discard_hole(b);
	if (nk == 1)
		return ks[0];
	Loc *l = new_loc(b, NULL, NULL, true);
	for (int i = 0; i < nk; i++)
		flow(b, ks[i], l);
	return loc_hole(l);
}

// A hole that flows into k "some time later": keeps the value alive (a
// non-transient temporary), e.g. for top-level defer arguments.
Hole later_hole(Batch *b, Hole k) {
	Loc *l = new_loc(b, NULL, NULL, false);
	flow(b, k, l);
	return loc_hole(l);
}

bool loc_is_param(Loc *l) {
	return l->var && (l->var->is_param || l->var->is_recv) && !l->var->is_result;
}

bool loc_is_result(Loc *l) {
	return l->var && l->var->is_result;
}

void leaks_init(Leaks *l) {
	l->heap = -1;
	for (int i = 0; i < NUM_ESC_RESULTS; i++)
		l->result[i] = -1;
}

void leaks_add(Leaks *l, int idx, int derefs) {
	int *slot = idx < 0 ? &l->heap : &l->result[idx];
	if (derefs > 254)
		derefs = 254; // Go saturates the encoded byte
	if (*slot < 0 || derefs < *slot)
		*slot = derefs;
}

bool leaks_empty(const Leaks *l) {
	if (l->heap >= 0)
		return false;
	for (int i = 0; i < NUM_ESC_RESULTS; i++)
		if (l->result[i] >= 0)
			return false;
	return true;
}

// A path to the heap makes equal or longer paths to results irrelevant.
void leaks_optimize(Leaks *l) {
	if (l->heap < 0)
		return;
	for (int i = 0; i < NUM_ESC_RESULTS; i++)
		if (l->result[i] >= l->heap)
			l->result[i] = -1;
}
