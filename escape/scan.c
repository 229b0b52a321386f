// scan.c - the one walk over a function's tree before its batch, made by
// the bottom-up ordering (scc.c) when it first meets the function. It
// hands scc.c the code Go's dead-code pass keeps, where the calls are,
// and gathers over all the code, dead or not, what the batch needs: the
// labels that loop (walk_stmt.c), the variables of the stenciler's
// closures and the values variables are initialised with (tables.c),
// the nodes to settle once the verdicts are in (escape.c). The bodies of
// the function's literals are walked in it, in place, as each literal is
// a function of the same batch.
#include <stdlib.h>
#include <string.h>
#include "escape_int.h"

typedef struct Frame {
	FuncInfo *fi;        // the function whose body is being walked
	Vec labels;          // ND_LABELED already passed in it
	struct Frame *outer; // the function around this literal
} Frame;

typedef struct Scan {
	FuncInfo *root;      // the function scanned: the nodes to settle go to it
	Frame *top;
	VisitFn ref;         // scc.c's, for the names, calls and literals Go keeps
	void *ctx;
} Scan;

// A generic function instance or a method of a generic type's instance.
static bool is_instance(Node *n) {
	return n && (n->kind == ND_FUNCNAME || n->kind == ND_METHODVAL) && n->obj && n->obj->kind == OBJ_FUNC &&
	       n->obj->func && n->obj->func->shape_name;
}

// Each generic value not called where it is written becomes a closure with
// a dictionary variable, and a method value also a receiver variable; a
// method expression T.m of a generic type always does (esc_generic_closure).
static void count_stencil_vars(Node *n, FuncInfo *fi) {
	if (is_instance(n))
		fi->stencil_found += n->kind == ND_METHODVAL ? 2 : 1;
	Node *f = n->kind == ND_CALL ? esc_unparen(n->lhs) : NULL;
	if (is_instance(f) && !esc_generic_method_expr(f))
		fi->stencil_found -= f->kind == ND_METHODVAL ? 2 : 1;
}

// A label is a loop head when a goto to it comes after it.
static void scan_label(Node *n, Frame *f) {
	if (n->kind == ND_LABELED) {
		vec_push(&f->labels, n);
	} else if (n->kind == ND_GOTO && n->name) {
		for (int i = 0; i < f->labels.len; i++) {
			Node *l = VEC_AT(f->labels, i);
			if (l->name && strcmp(l->name, n->name) == 0)
				ptrmap_put(&f->fi->labels, l, l);
		}
	}
}

static void scan_node(Node *n, bool live, void *ctx) {
	Scan *s = ctx;
	switch (n->kind) {
	case ND_FUNCNAME: case ND_METHODVAL: case ND_CALL:
		count_stencil_vars(n, s->top->fi);
		if (live)
			s->ref(n, s->ctx);
		if (n->kind != ND_METHODVAL)
			return;
		break;
	case ND_SELECTOR: case ND_INDEX: case ND_PAREN: case ND_EXPRSTMT: case ND_ASSIGN: case ND_BLOCK:
	case ND_RETURN: case ND_IF: case ND_FOR:
		return; // the commonest nodes that are not allocation sites
	case ND_FUNCLIT:
		if (live)
			s->ref(n, s->ctx);
		break;
	case ND_LABELED: case ND_GOTO:
		scan_label(n, s->top);
		return;
	case ND_DEFINE: case ND_VARSPEC:
		if (!s->root->statics_recorded)
			esc_record_static(n);
		return;
	default:
		break;
	}
	// (only allocation sites have a verdict, a concatenation's operands too)
	if (esc_is_alloc_site(n))
		vec_push(&s->root->settle, n);
}

// A literal's body is walked where it is first met (a go/defer argument
// is met twice: in the call as written and in its temporary's assignment).
static bool enter_lit(Node *lit, void *ctx) {
	Scan *s = ctx;
	Func *fn = node_ext(lit)->func;
	if (!fn || !node_ext(lit)->body || func_info(fn)->scanned)
		return false;
	Frame *f = xcalloc(1, sizeof(Frame));
	f->fi = func_info(fn);
	f->fi->scanned = true;
	f->outer = s->top;
	s->top = f;
	return true;
}

static void leave_lit(Node *lit, void *ctx) {
	Scan *s = ctx;
	Frame *f = s->top;
	s->top = f->outer;
	free(f->labels.data);
	free(f);
}

void esc_scan_func(Func *fn, VisitFn ref, void *ctx) {
	FuncInfo *fi = func_info(fn);
	Frame top = {.fi = fi};
	Scan s = {.root = fi, .top = &top, .ref = ref, .ctx = ctx};
	fi->scanned = true;
	if (fn->decl && node_ext(fn->decl)->body)
		live_walk(&(LiveWalk){.visit = scan_node, .dead = true, .enter = enter_lit, .leave = leave_lit, .ctx = &s},
		          node_ext(fn->decl)->body);
	free(top.labels.data);
}
