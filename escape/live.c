// live.c - what Go's dead-code pass, which runs before devirtualization
// and escape analysis, removes: the branch of an if with a constant
// condition, the clauses of a switch on a constant that cannot run, the
// statements after `if true { ...; return }`. The walk (walk_stmt.c)
// skips them, and so does the pre-order traversal of live code below that
// the passes before it use (scan.c, devirt.c, bounded.c).
#include <string.h>
#include "escape_int.h"
#include "constant.h"
#include "ops.h"

// A condition Go folds to a constant: constants, and false && x,
// true || x (only the left operand is looked at, as Go does).
bool const_bool(Node *n, bool *v) {
	n = esc_unparen(n);
	if (!n)
		return false;
	if (n->is_const && node_cval(n)->kind == CV_BOOL) {
		*v = node_cval(n)->b;
		return true;
	}
	if (n->kind != ND_BINARY)
		return false;
	Op op = n->op;
	bool l;
	if ((op != OP_LAND && op != OP_LOR) || !const_bool(n->lhs, &l))
		return false;
	if ((op == OP_LAND && !l) || (op == OP_LOR && l)) {
		*v = l;
		return true;
	}
	return const_bool(n->rhs, v);
}

// What Go keeps of an if condition: through && and || chains, true && x
// and false || x become x, false && x and true || x the constant; leaf
// sees each operand that remains.
void cond_leaves(Node *n, VisitFn leaf, void *ctx) {
	Node *u = esc_unparen(n);
	bool v;
	if (!u || const_bool(u, &v))
		return;
	Op op = u->kind == ND_BINARY ? u->op : OP_NONE;
	if (op != OP_LAND && op != OP_LOR) {
		leaf(n, ctx);
		return;
	}
	if (const_bool(u->lhs, &v)) {
		if (v == (op == OP_LAND))
			cond_leaves(u->rhs, leaf, ctx);
		return;
	}
	cond_leaves(u->lhs, leaf, ctx);
	cond_leaves(u->rhs, leaf, ctx);
}

static bool const_equal(Node *a, Node *b) {
	const ConstVal *x = node_cval(a), *y = node_cval(b);
	if (x->kind != y->kind)
		return false;
	switch (x->kind) {
	case CV_INT: return x->i == y->i;
	case CV_BOOL: return x->b == y->b;
	case CV_FLOAT: return x->f == y->f;
	case CV_STRING: return x->slen == y->slen && memcmp(x->s, y->s, x->slen) == 0;
	default: return false;
	}
}

static Node *last_stmt(Node *body) {
	if (body && body->kind == ND_BLOCK)
		return node_list(body)->len ? VEC_AT(*node_list(body), node_list(body)->len - 1) : NULL;
	return body;
}

static bool falls_through(Node *cas) {
	Node *last = last_stmt(node_ext(cas)->body);
	return last && last->kind == ND_FALLTHROUGH;
}

// With a constant tag Go keeps only the clause that runs: the first
// whose constant matches, provided every case before it is constant
// too; the default when all cases are constant and none matches.
// -1: all clauses are live (also when the one that runs falls through);
// -2: none runs.
int live_clause(Node *sw) {
	Node truth = {.is_const = true, .cval = &(ConstVal){.kind = CV_BOOL, .b = true}};
	Node *tag = node_ext(sw)->cond ? node_ext(sw)->cond : &truth;
	if (!tag->is_const)
		return -1;
	int def = -2;
	for (int i = 0; i < node_list(sw)->len; i++) {
		Node *cas = VEC_AT(*node_list(sw), i);
		if (node_list(cas)->len == 0)
			def = i;
		for (int j = 0; j < node_list(cas)->len; j++) {
			Node *c = VEC_AT(*node_list(cas), j);
			if (!c->is_const)
				return -1;
			if (const_equal(tag, c))
				return falls_through(cas) ? -1 : i;
		}
	}
	if (def >= 0 && falls_through(VEC_AT(*node_list(sw), def)))
		return -1;
	return def;
}

static bool ends_function(Node *s) {
	if (!s)
		return false;
	if (s->kind == ND_RETURN)
		return true;
	Node *x = s->kind == ND_EXPRSTMT ? esc_unparen(s->lhs) : NULL;
	return x && x->kind == ND_BUILTIN && x->builtin == BI_PANIC;
}

// if true { ...; return }: the statements after it are dead.
static bool cuts_rest(Node *s) {
	bool v;
	if (!s || s->kind != ND_IF || !const_bool(node_ext(s)->cond, &v))
		return false;
	return ends_function(last_stmt(v ? node_ext(s)->then : node_ext(s)->els));
}

int live_stmts(Node *block) {
	int last_label = -1;
	for (int i = 0; i < node_list(block)->len; i++)
		if (((Node *)VEC_AT(*node_list(block), i))->kind == ND_LABELED)
			last_label = i;
	for (int i = last_label + 1; i < node_list(block)->len; i++)
		if (cuts_rest(VEC_AT(*node_list(block), i)))
			return i + 1;
	return node_list(block)->len;
}

// ---- the traversal ----

static void walk(const LiveWalk *w, Node *n, bool live);

static void walk_list(const LiveWalk *w, const Vec *v, bool live) {
	for (int i = 0; i < v->len; i++)
		walk(w, VEC_AT(*v, i), live);
}

// An if condition: its leaves (cond_leaves) are live, the && and ||
// around them and the operands folded away are not. Those && and ||
// (and their parentheses) have no other children than their operands.
static void walk_cond(const LiveWalk *w, Node *n, bool live) {
	Node *u = esc_unparen(n);
	bool v;
	if (!live || !u || const_bool(u, &v)) {
		walk(w, n, false);
		return;
	}
	Op op = u->kind == ND_BINARY ? u->op : OP_NONE;
	if (op != OP_LAND && op != OP_LOR) {
		walk(w, n, true);
		return;
	}
	if (w->dead) {
		for (Node *p = n; p != u; p = p->lhs)
			w->visit(p, false, w->ctx);
		w->visit(u, false, w->ctx);
	}
	if (const_bool(u->lhs, &v)) {
		walk(w, u->lhs, false);
		walk_cond(w, u->rhs, v == (op == OP_LAND));
		return;
	}
	walk_cond(w, u->lhs, true);
	walk_cond(w, u->rhs, true);
}

// Names and basic literals: no pass that walks before escape analysis
// looks at them, and they have no children.
static bool is_leaf(Node *n) {
	switch (n->kind) {
	case ND_IDENT: case ND_INTLIT: case ND_FLOATLIT: case ND_IMAGLIT: case ND_RUNELIT: case ND_STRLIT:
		return true;
	default:
		return false;
	}
}

static void walk(const LiveWalk *w, Node *n, bool live) {
	if (!n || is_leaf(n) || (!live && !w->dead))
		return;
	w->visit(n, live, w->ctx);
	const NodeExt *x = node_ext(n);
	bool v, known;
	switch (n->kind) {
	case ND_FUNCLIT:
		if (w->enter && w->enter(n, w->ctx)) {
			walk(w, x->body, live);
			w->leave(n, w->ctx);
		}
		return;
	case ND_BLOCK: {
		int nlive = live ? live_stmts(n) : 0;
		for (int i = 0; i < node_list(n)->len; i++)
			walk(w, VEC_AT(*node_list(n), i), i < nlive);
		return;
	}
	case ND_IF:
		known = live && const_bool(x->cond, &v);
		walk(w, x->init, live);
		walk_cond(w, x->cond, live);
		walk(w, x->then, live && (!known || v));
		walk(w, x->els, live && (!known || !v));
		return;
	case ND_SWITCH: {
		int clause = live ? live_clause(n) : -1;
		walk(w, x->init, live);
		walk(w, x->cond, live);
		for (int i = 0; i < node_list(n)->len; i++)
			walk(w, VEC_AT(*node_list(n), i), live && (clause == -1 || i == clause));
		return;
	}
	default:
		// the children in the order of esc_visit
		if (!n->is_short && n->ext) {
			walk(w, x->init, live);
			walk(w, n->lhs, live);
			walk(w, n->rhs, live);
			Node *kids[] = {x->cond, x->post, x->then, x->els, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max, x->body};
			for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
				walk(w, kids[i], live);
		} else {
			walk(w, n->lhs, live);
			walk(w, n->rhs, live);
		}
		if (!n->is_short) { // a short node (ast.h) has no list, no rlist
			walk_list(w, &n->list, live);
			walk_list(w, &n->rlist, live);
		}
		return;
	}
}

void live_walk(const LiveWalk *w, Node *n) {
	walk(w, n, true);
}

typedef struct Kept {
	VisitFn f;
	void *ctx;
} Kept;

static void visit_kept(Node *n, bool live, void *kept) {
	((Kept *)kept)->f(n, ((Kept *)kept)->ctx);
}

void esc_visit_live(Node *n, VisitFn f, void *ctx) {
	live_walk(&(LiveWalk){.visit = visit_kept, .ctx = &(Kept){f, ctx}}, n);
}
