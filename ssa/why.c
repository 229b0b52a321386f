// why.c - what keeps a function out of the SSA back end, in words: the
// construct the builder stopped at (ssa_why_node) or the variable it
// cannot keep in values (ssa_why_var). The words go into the tree
// walker's assembly header ("# stack back end: map index at 12:9 not
// yet in SSA") and -d=ssa/FUNC, and tests/ssa_coverage.sh tallies them,
// so what to widen next is a count, not a guess. Each reason is a
// construct without positions or names, so equal reasons group.
#include "build.h"

// The kind of a type outside the word subset, as a reason says it.
static const char *type_class(Type *t) {
	if (!t)
		return "untyped";
	switch (type_under(t)->kind) {
	case TY_INTERFACE: return "interface";
	case TY_STRUCT: return "struct";
	case TY_MAP: return "map";
	case TY_CHAN: return "channel";
	case TY_ARRAY: return "array";
	case TY_SLICE: return "slice";
	case TY_STRING: return "string";
	case TY_FUNC: return "func";
	case TY_PTR: return "pointer";
	case TY_COMPLEX64: case TY_COMPLEX128: return "complex";
	case TY_FLOAT32: return "float32";
	case TY_TUPLE: return "multi-value";
	default: return "scalar";
	}
}

const char *ssa_why_var(Obj *v) {
	MType mt[SSA_MAX_WORDS];
	if (!words_of(v->type, mt))
		return xasprintf("variable of %s type", type_class(v->type));
	if (v->captured)
		return "variable captured by a function literal";
	if (v->heap)
		return "variable moved to the heap";
	if (v->addr_taken)
		return "address-taken variable";
	return "variable";
}

static bool is_iface_call(Node *fn) {
	fn = skip_parens(fn);
	return fn && fn->kind == ND_SELECTOR && fn->lhs && fn->lhs->type &&
	       type_under(fn->lhs->type)->kind == TY_INTERFACE;
}

static const char *unary(Node *n) {
	switch (n->op) {
	case OP_ARROW: return "channel receive";
	case OP_AND: return xasprintf("&x of a %s", n->lhs->kind == ND_COMPOSITE ? "composite literal" : "local");
	default: return xasprintf("unary %s on %s", op_string(n->op), type_class(n->type));
	}
}

static const char *call_why(Node *n) {
	Node *fn = skip_parens(n->lhs);
	if (is_iface_call(fn))
		return "method call through an interface";
	if (n->has_dots)
		return "call with f(s...)";
	if (fn && fn->kind == ND_FUNCNAME && is_method_expr(fn))
		return "method expression call";
	if (fn && fn->kind == ND_FUNCNAME && fn->obj && !has_body(fn->obj))
		return "call of a function without a body";
	if (fn && fn->kind == ND_METHODVAL)
		return "call of a method value";
	Type *ft = fn && fn->type ? type_under(fn->type) : NULL;
	MType mt[SSA_MAX_WORDS];
	for (int i = 0; ft && ft->kind == TY_FUNC && i < ft->results.len; i++)
		if (!words_of(ft->results.data[i], mt))
			return xasprintf("call with a %s result", type_class(ft->results.data[i]));
	for (int i = 0; ft && ft->kind == TY_FUNC && i < ft->params.len; i++)
		if (!words_of(ft->params.data[i], mt))
			return xasprintf("call with a %s argument", type_class(ft->params.data[i]));
	return "call";
}

static const char *assign_why(Node *n) {
	if (n->rlist.len == 1 && node_list(n)->len == 2) {
		Node *r = skip_parens(n->rlist.data[0]);
		if (r->kind != ND_CALL)
			return xasprintf("comma-ok %s", ssa_why_node(r));
	}
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *l = skip_parens(node_list(n)->data[i]);
		MType mt[SSA_MAX_WORDS];
		if (l->kind == ND_INDEX && l->lhs->type && type_under(l->lhs->type)->kind == TY_MAP)
			return "map element assignment";
		if (l->type && !words_of(l->type, mt))
			return xasprintf("assignment of a %s", type_class(l->type));
	}
	return "assignment";
}

const char *ssa_why_node(Node *n) {
	MType mt[SSA_MAX_WORDS];
	if (!n)
		return "function";
	Type *lt = n->lhs && n->lhs->type ? type_under(n->lhs->type) : NULL;
	switch (n->kind) {
	case ND_PAREN: return ssa_why_node(n->lhs);
	case ND_EXPRSTMT: return ssa_why_node(n->lhs);
	case ND_TYPEASSERT: return "type assertion";
	case ND_TYPESWITCH: return "type switch";
	case ND_SELECT: return "select";
	case ND_GO: return "go statement";
	case ND_DEFER: return "defer";
	case ND_SEND: return "channel send";
	case ND_GOTO: return "goto";
	case ND_LABELED: return "labelled statement";
	case ND_BREAK: return n->name ? "labelled break" : "break";
	case ND_CONTINUE: return n->name ? "labelled continue" : "continue";
	case ND_FALLTHROUGH: return "fallthrough";
	case ND_FUNCLIT: return "function literal";
	case ND_METHODVAL: return "method value";
	case ND_FUNCNAME: return "function used as a value";
	case ND_INCDEC: return "x++ or x--";
	case ND_TOIFACE: return "conversion to an interface";
	case ND_COMPOSITE: return xasprintf("composite literal of %s", type_class(n->type));
	case ND_ADDR: return "&x of a method receiver";
	case ND_UNARY: return unary(n);
	case ND_CALL: return call_why(n);
	case ND_ASSIGN: case ND_DEFINE: return assign_why(n);
	case ND_BUILTIN: return xasprintf("builtin %s", builtin_name(n->builtin));
	case ND_RANGE: return xasprintf("range over %s", type_class(n->rhs->type));
	case ND_SWITCH:
		return node_ext(n)->cond ? xasprintf("switch on %s", type_class(node_ext(n)->cond->type)) : "switch";
	case ND_INDEX:
		if (lt && lt->kind == TY_MAP)
			return "map index";
		if (lt && lt->kind == TY_PTR)
			return "index of an array through a pointer";
		if (lt && lt->kind == TY_ARRAY)
			return "index of an array value";
		break;
	case ND_SELECTOR:
		if (lt && lt->kind == TY_STRUCT && n->lhs->kind != ND_DEREF && n->lhs->kind != ND_STAR &&
		    n->lhs->kind != ND_SELECTOR)
			return "field of a struct value";
		return "field selection";
	case ND_CONV:
		if (n->type && n->lhs->type && words_of(n->type, mt))
			return xasprintf("conversion from %s to %s", type_class(n->lhs->type), type_class(n->type));
		break;
	default: break;
	}
	if (n->type && n->type->kind != TY_TUPLE && !words_of(n->type, mt))
		return xasprintf("%s value", type_class(n->type));
	return xasprintf("%s", node_kind_name(n->kind));
}
