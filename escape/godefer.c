// godefer.c - lowers go and defer statements into Go 1.19's form before
// the batches are walked (Go does it in escape/call.go's goDeferStmt):
//
//     defer f(a, b)   =>   t1 = a; t2 = b; defer func() { f(t1, t2) }()
//
// The arguments are evaluated at the statement into temporaries that a
// new argument-less closure, the wrapper, captures; the runtime then only
// ever defers or starts a func value without arguments. The statement
// keeps the call as written in lhs (the walk models Go's rewriting on it,
// diagnostics spell it); the lowering adds
//     rhs    the wrapper literal (ND_FUNCLIT, Func.wrapper), whose body is
//            a copy of the call reading the temporaries;
//     rlist  the ND_ASSIGNs of the temporaries, in evaluation order.
// Escape analysis then decides the wrapper (stack or heap), how it
// captures each temporary and whether a temporary moves to the heap, like
// for any other closure; codegen emits the result and invents nothing.
//
// A call of a func value without arguments or results needs no wrapper
// (`defer f()`, `go func() {...}()`): the value itself is deferred.
//
// Go leaves constants, nil and function names in the wrapper's call, and a
// slice literal argument (also the implicit ... slice) is built in the
// wrapper from temporaries holding its elements. Which argument became
// which temporary is recorded here for the walk (walk_call.c), which names
// the temporaries in Go's order when it meets them.
#include <string.h>
#include "escape_int.h"

static PtrMap g_args;    // argument node -> LoweredArg*
static PtrMap g_lits;    // slice literal argument (or its model) -> its copy in the wrapper
static PtrMap g_tails;   // multi-value call spread into an implicit slice -> LoweredTail*

typedef struct Lower {
	Func *fn;            // the function whose statement is lowered
	Node *stmt;          // ND_GO / ND_DEFER
	Func *wrap;          // the wrapper being built
	Pos pos;             // the call's '(': where Go puts the wrapper's reads
	int nwraps;          // wrappers made in fn so far
	Vec wrappers;        // Func*: the wrappers made in fn
} Lower;

LoweredArg *esc_lowered_arg(Node *arg) { return ptrmap_get(&g_args, arg); }
LoweredTail *esc_lowered_tail(Node *call) { return ptrmap_get(&g_tails, call); }

Node *esc_lowered_lit(Node *lit) {
	Node *copy = ptrmap_get(&g_lits, lit);
	return copy ? copy : lit;
}

void esc_set_lowered_lit(Node *model, Node *copy) { ptrmap_put(&g_lits, model, copy); }

static Node *read_temp(Lower *lw, LoweredArg *la, Obj *t) {
	Node *id = new_node(ND_IDENT, lw->pos);
	id->name = t->name;
	id->obj = t;
	id->type = t->type;
	vec_push(&la->reads, id);
	return id;
}

// t1, ..., tn = x at the statement; the wrapper captures the temporaries
// (by value until escape analysis says otherwise). Their names come later.
static LoweredArg *evaluate_early(Lower *lw, Node *x, Type **types, int n) {
	LoweredArg *la = xcalloc(1, sizeof(LoweredArg));
	Node *as = new_node(ND_ASSIGN, x->pos);
	for (int i = 0; i < n; i++) {
		Obj *t = new_obj(OBJ_VAR, ".autotmp", x->pos);
		t->type = types[i];
		t->owner = lw->fn;
		t->used = true;
		Capture *c = xcalloc(1, sizeof(Capture));
		c->var = t;
		vec_push(&lw->wrap->captures, c);
		vec_push(&la->temps, t);
		vec_push(node_list_mut(as), read_temp(lw, la, t));
	}
	vec_push(&as->rlist, x);
	la->assign = as;
	vec_push(&lw->stmt->rlist, as);
	ptrmap_put(&g_args, x, la);
	return la;
}

static Type **result_types(Node *call) {
	return (Type **)call->type->results.data;
}

static bool is_tuple(Node *x) {
	return x && x->type && x->type->kind == TY_TUPLE;
}

static bool is_slice_lit(Node *x) {
	x = esc_unparen(x);
	return x && x->kind == ND_COMPOSITE && x->type && type_under(x->type)->kind == TY_SLICE;
}

// The implicit slice of a variadic call whose one argument is a
// multi-value call: f(g()) with f(xs ...T).
static bool is_tuple_tail(Node *x) {
	return is_slice_lit(x) && node_list(x)->len == 1 && is_tuple(VEC_AT(*node_list(x), 0));
}

// What the wrapper's call reads in place of arg, appended to out: arg
// itself when Go leaves it in the wrapper, else its temporaries.
static void lower_value(Lower *lw, Node *arg, Vec *out) {
	Node *x = esc_unparen(arg);
	if (!x || x->is_const || x->kind == ND_NIL || x->kind == ND_FUNCNAME) {
		vec_push(out, arg);
		return;
	}
	if (is_tuple(arg)) {
		LoweredArg *la = evaluate_early(lw, arg, result_types(arg), arg->type->results.len);
		for (int i = 0; i < la->temps.len; i++)
			vec_push(out, read_temp(lw, la, VEC_AT(la->temps, i)));
		return;
	}
	LoweredArg *la = evaluate_early(lw, arg, &arg->type, 1);
	vec_push(out, read_temp(lw, la, VEC_AT(la->temps, 0)));
}

static Node *lower_one(Lower *lw, Node *arg) {
	Vec v = {0};
	lower_value(lw, arg, &v);
	return VEC_AT(v, 0);
}

// x as a value of type t, as the checker converts an assignment: boxed
// into an interface, or converted between interfaces.
static Node *convert(Node *x, Type *t) {
	if (!type_is_interface(t) || type_identical(x->type, t))
		return x;
	Node *c = new_node(type_is_interface(x->type) ? ND_CONV : ND_TOIFACE, x->pos);
	c->lhs = x;
	c->type = t;
	return c;
}

static Node *shallow_copy(Node *n) {
	Node *c = xcalloc(1, sizeof(Node));
	memcpy(c, n, node_size(n));
	*node_list_mut(c) = (Vec){0};
	return c;
}

// A slice literal argument stays in the wrapper; its elements are
// evaluated early (keyed elements keep their keys).
static Node *lower_slice_lit(Lower *lw, Node *arg) {
	Node *lit = esc_unparen(arg);
	Node *copy = shallow_copy(lit);
	for (int i = 0; i < node_list(lit)->len; i++) {
		Node *e = VEC_AT(*node_list(lit), i);
		if (e && e->kind == ND_KEYVAL) {
			Node *kv = shallow_copy(e);
			kv->rhs = lower_one(lw, e->rhs);
			vec_push(node_list_mut(copy), kv);
		} else
			vec_push(node_list_mut(copy), e ? lower_one(lw, e) : e);
	}
	ptrmap_put(&g_lits, lit, copy);
	return copy;
}

// f(g()) into an implicit []T: g's results go to temporaries t_i, the
// slice's elements T(t_i) to temporaries w_i, and the wrapper builds the
// slice from the w_i. The walk analyses the model literal {T(t_i)...}.
static Node *lower_tuple_tail(Lower *lw, Node *g, Type *slice) {
	LoweredArg *la = evaluate_early(lw, g, result_types(g), g->type->results.len);
	LoweredTail *lt = xcalloc(1, sizeof(LoweredTail));
	Type *elem = type_under(slice)->elem;
	Node *copy = new_node(ND_COMPOSITE, lw->pos);
	copy->type = slice;
	for (int i = 0; i < la->temps.len; i++) {
		Obj *t = VEC_AT(la->temps, i);
		Node *e = read_temp(lw, la, t);
		if (!type_is_interface(t->type))
			e = convert(e, elem);
		vec_push(&lt->elems, e);
		vec_push(node_list_mut(copy), convert(lower_one(lw, e), elem));
	}
	lt->lit = copy;
	ptrmap_put(&g_tails, g, lt);
	return copy;
}

static void lower_arg(Lower *lw, Node *arg, Vec *out) {
	if (is_tuple_tail(arg))
		vec_push(out, lower_tuple_tail(lw, VEC_AT(*node_list(esc_unparen(arg)), 0), arg->type));
	else if (is_slice_lit(arg))
		vec_push(out, lower_slice_lit(lw, arg));
	else
		lower_value(lw, arg, out);
}

// The wrapper reads f(g())'s temporaries as f's parameters, converted to
// an interface parameter's type where needed.
static void spread_params(Node *copy, Type *sig) {
	Type *ft = sig ? type_under(sig) : NULL;
	for (int i = 0; ft && ft->kind == TY_FUNC && i < node_list(copy)->len && i < ft->params.len; i++)
		VEC_AT(*node_list_mut(copy), i) = convert(VEC_AT(*node_list(copy), i), VEC_AT(ft->params, i));
}

// fmt.Print*: the fixed arguments (writer, format), then the checker's
// implicit []any, or one multi-value call supplying everything.
static void lower_fmt(Lower *lw, Node *call, Node *copy) {
	int first = fmt_fixed_args(call->builtin);
	const Vec *args = node_list(call);
	if (args->len == 1 && is_tuple(VEC_AT(*args, 0))) {
		Node *g = VEC_AT(*args, 0);
		if (first == 0) {
			vec_push(node_list_mut(copy), lower_tuple_tail(lw, g, type_slice(ty_any)));
			return;
		}
		// The writer or format comes from the call too: its results are
		// all temporaries, the rest are boxed in the wrapper.
		Vec reads = {0};
		lower_value(lw, g, &reads);
		Node *rest = new_node(ND_COMPOSITE, lw->pos);
		rest->type = type_slice(ty_any);
		for (int i = 0; i < reads.len; i++) {
			Node *r = VEC_AT(reads, i);
			vec_push(i < first ? node_list_mut(copy) : node_list_mut(rest), i < first ? r : convert(r, ty_any));
		}
		vec_push(node_list_mut(copy), rest);
		ptrmap_put(&g_lits, g, rest); // the walk's site for the implicit slice
		return;
	}
	for (int i = 0; i < args->len; i++) {
		Node *a = VEC_AT(*args, i);
		if (i >= first && a->kind == ND_NIL)
			vec_push(node_list_mut(copy), a);
		else if (i >= first && call->has_dots)
			lower_value(lw, a, node_list_mut(copy));
		else
			lower_arg(lw, a, node_list_mut(copy));
	}
}

// A copy of the conversions around a spread builtin argument's result
// variable (see ND_BUILTIN), applied to x instead.
static Node *with_leaf(Node *arg, Node *x) {
	if (arg->kind == ND_IDENT)
		return x;
	Node *c = shallow_copy(arg);
	c->lhs = with_leaf(arg->lhs, x);
	return c;
}

// The wrapper's copy of the call, in the order the walk meets the
// operands: the callee (an interface's receiver, a func value), then the
// arguments.
static Node *lower_call(Lower *lw, Node *call) {
	Node *copy = shallow_copy(call);
	if (call->kind == ND_BUILTIN) {
		if (esc_is_fmt(call->builtin)) {
			lower_fmt(lw, call, copy);
			return copy;
		}
		if (call->rlist.len) {
			// b(f()): the wrapper passes f's results, read from their
			// temporaries, through the checker's argument conversions
			Vec reads = {0};
			lower_value(lw, VEC_AT(*node_list(call), 0), &reads);
			copy->rlist = (Vec){0};
			for (int i = 0; i < reads.len; i++)
				vec_push(node_list_mut(copy), with_leaf(VEC_AT(call->rlist, i), VEC_AT(reads, i)));
			return copy;
		}
		for (int i = 0; i < node_list(call)->len; i++)
			lower_arg(lw, VEC_AT(*node_list(call), i), node_list_mut(copy));
		return copy;
	}
	Node *fx = esc_unparen(call->lhs);
	if (fx && fx->kind == ND_SELECTOR && !fx->obj && fx->lhs && type_is_interface(fx->lhs->type)) {
		Node *sel = shallow_copy(fx);
		sel->lhs = lower_one(lw, fx->lhs);
		copy->lhs = sel;
	} else if (fx && fx->kind != ND_FUNCNAME)
		copy->lhs = lower_one(lw, fx);
	const Vec *args = node_list(call);
	if (args->len == 1 && is_tuple(VEC_AT(*args, 0))) {
		lower_value(lw, VEC_AT(*args, 0), node_list_mut(copy));
		spread_params(copy, call->lhs->type);
		return copy;
	}
	for (int i = 0; i < args->len; i++)
		lower_arg(lw, VEC_AT(*args, i), node_list_mut(copy));
	return copy;
}

// Go calls a func value without arguments or results as it is.
static bool needs_wrapper(Node *call) {
	if (call->kind == ND_BUILTIN)
		return true;
	Node *fx = esc_unparen(call->lhs);
	if (!fx || (fx->kind == ND_SELECTOR && !fx->obj && fx->lhs && type_is_interface(fx->lhs->type)))
		return true;
	Type *sig = type_under(call->lhs->type);
	return !(sig && sig->kind == TY_FUNC && node_list(call)->len == 0 && sig->results.len == 0);
}

static void lower_stmt(Lower *lw, Node *s) {
	Node *call = esc_unparen(s->lhs);
	if (!call || (call->kind != ND_CALL && call->kind != ND_BUILTIN) || !needs_wrapper(call))
		return;
	const char *kind = s->kind == ND_GO ? "gowrap" : "deferwrap";
	int index = ++lw->nwraps;
	Func *w = xcalloc(1, sizeof(Func));
	w->name = xasprintf("%s.%s%d", lw->fn->name, kind, index);
	w->sym = xasprintf("%s..%s%d", lw->fn->sym, kind, index);
	w->outer = lw->fn;
	w->wrapper = true;
	w->type = new_type(TY_FUNC);
	lw->wrap = w;
	lw->stmt = s;
	lw->pos = call->pos;
	Node *lit = new_node(ND_FUNCLIT, s->pos);
	node_ext_mut(lit)->func = w;
	lit->type = w->type;
	w->decl = lit;
	Node *body = new_node(ND_EXPRSTMT, call->pos);
	body->lhs = lower_call(lw, call);
	node_ext_mut(lit)->body = body;
	s->rhs = lit;
	vec_push(&lw->wrappers, w);
}

static void visit(Node *n, void *ctx) {
	if (n->kind == ND_GO || n->kind == ND_DEFER)
		lower_stmt(ctx, n);
}

void esc_lower_go_defer(Program *prog) {
	int nfuncs = prog->funcs.len;
	for (int i = 0; i < nfuncs; i++) {
		Func *fn = VEC_AT(prog->funcs, i);
		if (!fn->decl || !node_ext(fn->decl)->body)
			continue;
		Lower lw = {.fn = fn};
		visit_stmts(node_ext(fn->decl)->body, visit, &lw);
		for (int j = 0; j < lw.wrappers.len; j++)
			vec_push(&prog->funcs, VEC_AT(lw.wrappers, j));
	}
}
