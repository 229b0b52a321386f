// solve.c - finds, for every location, whether its address reaches a
// location that outlives it, and records parameter leaks.
//
// As in Go: a LIFO work list of roots (the heap walked first); each walk
// computes shortest dereference counts back along the edges
// (Bellman-Ford-like relaxation, counts clamped at 0 after an address-of,
// so negative cycles cannot run away). A location that starts escaping is
// walked again as a root; each location flips at most twice, so the
// number of walks stays linear.
#include <stdlib.h>
#include "escape_int.h"

// Is c a function literal nested (at any depth) inside f?
bool contains_closure(Func *f, Func *c) {
	if (f == c)
		return false;
	for (Func *p = c->outer; p; p = p->outer)
		if (p == f)
			return true;
	return false;
}

// Can a value stored in l live longer than other?
bool outlives(Batch *b, Loc *l, Loc *other) {
	(void)b;
	if (l->escapes)
		return true;
	if (loc_is_result(l)) {
		// A directly called closure may return the address of its
		// enclosing function's variables without moving them.
		if (contains_closure(other->fn, l->fn) && func_info(l->fn)->closure_called)
			return false;
		return true;
	}
	if (l->fn == other->fn && l->loopdepth < other->loopdepth)
		return true;
	if (contains_closure(l->fn, other->fn))
		return true;
	return false;
}

typedef struct Stack {
	Loc **v;
	int len, cap;
} Stack;

static void push(Stack *s, Loc *l) {
	if (s->len == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		Loc **nv = xcalloc((size_t)s->cap, sizeof(Loc *));
		for (int i = 0; i < s->len; i++)
			nv[i] = s->v[i];
		free(s->v);
		s->v = nv;
	}
	s->v[s->len++] = l;
}

static void enqueue(Stack *todo, Loc *l) {
	if (!l->queued) {
		push(todo, l);
		l->queued = true;
	}
}

static void leak_to(Loc *l, Loc *sink, int derefs) {
	if (!sink->escapes && loc_is_result(sink) && sink->fn == l->fn) {
		int ri = sink->result_index - 1;
		if (ri >= 0 && ri < NUM_ESC_RESULTS) {
			leaks_add(&l->leaks, ri, derefs);
			return;
		}
	}
	leaks_add(&l->leaks, -1, derefs);
}

// todo: the walk's work list, empty (its memory serves every walk).
static void walk_one(Batch *b, Loc *root, unsigned gen, Stack *todo_roots, Stack *todo) {
	root->walkgen = gen;
	root->derefs = 0;
	root->dst = NULL;
	push(todo, root);
	while (todo->len > 0) {
		Loc *l = todo->v[--todo->len];
		int derefs = l->derefs;
		bool address_of = derefs < 0;
		if (address_of) {
			derefs = 0;
			if (!root->transient && l->transient) {
				l->transient = false;
				enqueue(todo_roots, l);
			}
		}
		if (outlives(b, root, l)) {
			if (loc_is_param(l)) {
				if (!l->escapes)
					explain_param_leak(b, root, l, derefs);
				leak_to(l, root, derefs);
			}
			if (address_of && !l->escapes) {
				explain_escape(b, root, l);
				l->reason = plain_reason(b, root, l, NULL);
				l->escapes = true;
				enqueue(todo_roots, l);
				continue;
			}
		}
		for (int i = 0; i < l->nedges; i++) {
			Edge *e = &l->edges[i];
			if (e->src->escapes)
				continue;
			int d = derefs + e->derefs;
			if (e->src->walkgen != gen || e->src->derefs > d) {
				e->src->walkgen = gen;
				e->src->derefs = d;
				e->src->dst = l;
				e->src->dst_edge = i;
				push(todo, e->src);
			}
		}
	}
}

void solve(Batch *b) {
	// the work lists' memory serves every batch (each starts empty)
	static Stack todo, walk;
	for (int i = 0; i < b->locs.len; i++)
		enqueue(&todo, VEC_AT(b->locs, i));
	enqueue(&todo, &b->heap);
	unsigned gen = 0;
	while (todo.len > 0) {
		Loc *root = todo.v[--todo.len];
		root->queued = false;
		walk_one(b, root, ++gen, &todo, &walk);
	}
}
