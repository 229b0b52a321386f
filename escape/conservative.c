// conservative.c - the escape verdicts of -escape=off: every allocation
// site on the heap, every variable that could be referenced after its
// frame is gone (address taken, captured by reference) or too large for
// a frame moved to the heap.
//
// Always sound, never precise. With -m it prints what it decided, in
// gc's words and position order: "moved to heap: x", "EXPR escapes to
// heap", so that the cost of turning the analysis off can be read.
#include <stdlib.h>
#include "escape_int.h"

// The -m lines, collected to be printed in position order as gc sorts its
// diagnostics; NULL when -m is not given.
static Vec *decisions;
// Set while marking what godefer.c made of a go/defer statement (the
// wrapper's body, the temporaries' assignments): it shares or copies the
// nodes of the call, already reported there; Go says nothing about
// wrappers.
static bool quiet;

typedef struct Decision {
	Pos pos;
	int seq;  // keeps the order of one position's lines
	const char *text;
} Decision;

static void decide(Pos pos, const char *text) {
	if (!decisions || quiet || !esc_reportable(pos))
		return;
	Decision *d = xcalloc(1, sizeof(Decision));
	*d = (Decision){pos, decisions->len, text};
	vec_push(decisions, d);
}

static int cmp_decision(const void *a, const void *b) {
	const Decision *x = *(Decision *const *)a, *y = *(Decision *const *)b;
	int c = pos_compare(x->pos, y->pos);
	return c ? c : x->seq - y->seq;
}

static void mark_tree(Node *n);

bool esc_is_byte_or_rune_slice(Type *t) {
	Type *u = type_under(t);
	if (u->kind != TY_SLICE)
		return false;
	TypeKind e = type_under(u->elem)->kind;
	return e == TY_UINT8 || e == TY_INT32;
}

// The nodes that may need memory of their own (Node.esc is meaningful).
bool esc_is_alloc_site(Node *n) {
	switch (n->kind) {
	case ND_COMPOSITE: {
		TypeKind k = n->type ? type_under(n->type)->kind : TY_INVALID;
		return k == TY_SLICE || k == TY_MAP || k == TY_PTR;
	}
	case ND_FUNCLIT: case ND_TOIFACE: case ND_METHODVAL:
		return true;
	case ND_BUILTIN:
		return n->builtin == BI_NEW || n->builtin == BI_MAKE || n->builtin == BI_APPEND;
	case ND_CONV: {
		if (!n->lhs || !n->type || !n->lhs->type)
			return false;
		Type *to = type_under(n->type), *from = type_under(n->lhs->type);
		return (to->kind == TY_STRING && (esc_is_byte_or_rune_slice(from) || type_is_integer(from))) ||
		       (esc_is_byte_or_rune_slice(to) && from->kind == TY_STRING) ||
		       (to->kind == TY_INTERFACE && from->kind != TY_INTERFACE);
	}
	case ND_BINARY:
		return !n->is_const && n->type && type_is_string(type_under(n->type));
	case ND_UNARY: case ND_ADDR: {
		Node *x = n->lhs;
		while (x && x->kind == ND_PAREN)
			x = x->lhs;
		return x && x->kind == ND_COMPOSITE;
	}
	default:
		return false;
	}
}

static void mark_vec(const Vec *v) {
	for (int i = 0; i < v->len; i++)
		mark_tree(VEC_AT(*v, i));
}

// Marks every allocation site under n. Function literal bodies belong to
// their own Func and are marked when that Func is visited.
static void mark_tree(Node *n) {
	if (!n)
		return;
	if ((n->kind == ND_CALL || n->kind == ND_BUILTIN) && !n->has_dots && node_list(n)->len) {
		// The checker's packed variadic arguments: gc's "... argument".
		Node *last = VEC_AT(*node_list(n), node_list(n)->len - 1);
		if (last && last->kind == ND_COMPOSITE && !last->lhs)
			esc_mark_dotdotdot_arg(last, n);
	}
	if (esc_is_alloc_site(n)) {
		n->esc = ESC_HEAP;
		n->esc_reason = "escape analysis off";
		decide(esc_node_pos(n), xasprintf("%s escapes to heap", expr_str(n)));
		if (n->kind == ND_UNARY || n->kind == ND_ADDR) // &T{...}: the literal too
			for (Node *x = n->lhs; x; x = x->kind == ND_PAREN ? x->lhs : NULL)
				if (x->kind == ND_COMPOSITE) {
					x->esc = ESC_HEAP;
					x->esc_reason = n->esc_reason;
				}
	}
	if (n->kind == ND_FUNCLIT)
		return;
	if ((n->kind == ND_GO || n->kind == ND_DEFER) && n->rhs) {
		mark_tree(n->lhs);
		bool was = quiet;
		quiet = true;
		mark_tree(n->rhs);
		mark_vec(&n->rlist);
		quiet = was;
		return;
	}
	mark_tree(n->lhs); mark_tree(n->rhs);
	mark_tree(node_ext(n)->init); mark_tree(node_ext(n)->cond); mark_tree(node_ext(n)->post);
	mark_tree(node_ext(n)->then); mark_tree(node_ext(n)->els); mark_tree(node_ext(n)->body);
	mark_tree(node_rare(n)->lo); mark_tree(node_rare(n)->hi); mark_tree(node_rare(n)->max);
	mark_vec(node_list(n)); mark_vec(node_rlist(n));
}

static void mark_var(Obj *o, const char *reason) {
	if (o && o->kind == OBJ_VAR && !o->is_global && !o->heap) {
		o->heap = true;
		o->heap_reason = reason;
		decide(esc_var_pos(o), xasprintf("moved to heap: %s", o->name));
	}
}

// Locals also move when too large for any frame (Go's 10 MB limit);
// parameters and results are passed in the frame whatever their size.
static void mark_vars(Vec *v, bool locals) {
	for (int i = 0; i < v->len; i++) {
		Obj *o = VEC_AT(*v, i);
		if (o && o->addr_taken)
			mark_var(o, "address taken (escape analysis off)");
		else if (locals && o && o->kind == OBJ_VAR && !o->is_param && !o->is_result && !o->is_recv && o->type &&
		         type_size(o->type) > MAX_STACK_VAR_SIZE)
			mark_var(o, "too large for stack");
	}
}

void escape_conservative(Program *prog, const EscapeOptions *opt) {
	Vec found = {0};
	decisions = opt->m_level > 0 ? &found : NULL;
	for (int i = 0; i < prog->funcs.len; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		quiet = fn->wrapper;
		if (fn->decl && node_ext(fn->decl)->body)
			mark_tree(node_ext(fn->decl)->body);
		quiet = false;
		if (fn->recv && fn->recv->addr_taken)
			mark_var(fn->recv, "address taken (escape analysis off)");
		mark_vars(&fn->params, false);
		mark_vars(&fn->results, false);
		mark_vars(&fn->locals, true);
		for (int j = 0; j < fn->captures.len; j++) {
			Capture *c = VEC_AT(fn->captures, j);
			if (c->byref)
				mark_var(c->var, "captured by reference (escape analysis off)");
		}
	}
	for (int i = 0; i < prog->init_order.len; i++)
		mark_tree(VEC_AT(prog->init_order, i));
	if (!decisions)
		return;
	qsort(found.data, (size_t)found.len, sizeof(void *), cmp_decision);
	FILE *out = opt->out ? opt->out : stderr;
	for (int i = 0; i < found.len; i++) {
		Decision *d = found.data[i];
		fprintf(out, "%s: %s\n", fmt_pos(d->pos), d->text);
	}
	decisions = NULL;
}
