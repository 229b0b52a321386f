// walk_call.c - calls: parameter tags of analysed callees, direct wiring
// inside a recursive batch, unknown callees, builtins, fmt's functions,
// go/defer statements and closure captures.
#include <string.h>
#include "escape_int.h"

// Arguments of a go/defer call are evaluated into temporaries captured
// by a wrapper closure (Go 1.19 rewrites `defer f(a)` into
// `tmp := a; defer func() { f(tmp) }()`; godefer.c made them).
typedef struct ArgCtx {
	bool wrapper;
	ClosureSite *site;   // the wrapper closure: its temps and refs
} ArgCtx;

static Obj *param_obj(Func *fn, int idx) {
	if (fn->recv) {
		if (idx == 0)
			return fn->recv;
		idx--;
	}
	return idx >= 0 && idx < fn->params.len ? VEC_AT(fn->params, idx) : NULL;
}

bool in_mutual_batch(Func *fn) {
	return func_info(fn)->state == FN_STARTED;
}

Hole walk_tag_hole(Batch *b, Hole *ks, int nk, Func *fn, int idx) {
	if (!fn)
		return heap_hole(b);
	FuncInfo *fi = func_info(fn);
	if (fi->state == FN_STARTED) {
		Loc *l = var_loc(b, param_obj(fn, idx));
		return l ? loc_hole(l) : discard_hole(b);
	}
	if (fi->state != FN_TAGGED || idx >= fi->ntags)
		return heap_hole(b);
	Leaks *t = &fi->tags[idx];
	Hole tk[1 + NUM_ESC_RESULTS];
	int n = 0;
	if (t->heap >= 0)
		tk[n++] = hole_shift(heap_hole(b), t->heap);
	for (int i = 0; ks && i < NUM_ESC_RESULTS && i < nk; i++)
		if (t->result[i] >= 0)
			tk[n++] = hole_shift(ks[i], t->result[i]);
	return tee_hole(b, tk, n);
}

static void rename_reads(LoweredArg *la) {
	for (int i = 0; i < la->reads.len; i++) {
		Node *r = VEC_AT(la->reads, i);
		r->name = r->obj->name;
	}
}

// tmp := arg in the enclosing function; the wrapper captures tmp. Go
// leaves constants, nil and function names in the wrapper's call (NULL),
// and positions the temporary of a name at pos (it has none of its own).
static Loc *wrapper_temp(Batch *b, ArgCtx *ac, Node *arg, Pos pos) {
	LoweredArg *la = esc_lowered_arg(arg);
	if (!la)
		return NULL;
	Node *x = esc_unparen(arg);
	Pos at = esc_is_var_name(x) ? pos : arg->pos;
	if (x->kind == ND_TOIFACE)
		esc_box_pos(x, &at); // an implicit conversion sits where Go put it
	la->assign->pos = at;    // for explanations: ".autotmp_N = arg"
	// A multi-value call (fmt.Printf(f())) is modelled as one value, in
	// its first temporary.
	Obj *tmp = esc_name_late_autotmp(b, VEC_AT(la->temps, 0), at);
	Loc *l = var_loc(b, tmp);
	rename_reads(la);
	walk_expr(b, hole_note(b, loc_hole(l), la->assign, "assign"), arg);
	vec_push(&ac->site->temps, tmp);
	vec_push(&ac->site->refs, VEC_AT(la->reads, 0));
	return l;
}

static void argument(Batch *b, ArgCtx *ac, Hole k, Node *call, Node *arg) {
	if (!arg)
		return;
	if (!ac || !ac->wrapper) {
		walk_expr(b, hole_note(b, k, call, "call parameter"), arg);
		return;
	}
	Node *lit = esc_unparen(arg);
	if (lit->kind == ND_COMPOSITE && type_under(lit->type)->kind == TY_SLICE) {
		// Go keeps a slice literal argument in the wrapper (so it
		// can stay on the wrapper's stack); its elements are copied
		// into temporaries first, so their sites precede the slice's.
		Loc **tmps = pool_zalloc(&b->pool, ((size_t)node_list(lit)->len + 1) * sizeof(Loc *));
		for (int i = 0; i < node_list(lit)->len; i++) {
			Node *e = VEC_AT(*node_list(lit), i);
			tmps[i] = wrapper_temp(b, ac, e && e->kind == ND_KEYVAL ? e->rhs : e, lit->pos);
		}
		// The literal the wrapper builds holds the verdict.
		Node *site = esc_lowered_lit(lit);
		if (site != lit && esc_is_dotdotdot_arg(lit))
			esc_mark_dotdotdot_arg(site, esc_dotdotdot_call(lit));
		Hole slot = spill(b, hole_note(b, k, call, "call parameter"), site);
		for (int i = 0; i < node_list(lit)->len; i++)
			if (tmps[i])
				flow(b, hole_note(b, slot, lit, "slice-literal-element"), tmps[i]);
		return;
	}
	Loc *tmp = wrapper_temp(b, ac, arg, call->pos);
	if (tmp)
		flow(b, hole_note(b, k, call, "call parameter"), tmp);
}

// In an instance of a generic body gc calls a method of a value of type
// parameter type through the dictionary: a callee escape analysis does
// not know. (Values of type parameter type have a Type.shape when the type
// argument is unnamed.)
static bool in_instance(Batch *b) {
	Func *outer = b->curfn;
	while (outer && outer->outer)
		outer = outer->outer;
	return outer && outer->shape_name;
}

static bool dictionary_call(Batch *b, Node *call) {
	Node *fx = esc_unparen(call->lhs);
	if (!in_instance(b) || !fx || fx->kind != ND_FUNCNAME || !fx->obj || !fx->obj->recv_type ||
	    !node_list(call)->len)
		return false;
	Node *r = VEC_AT(*node_list(call), 0);
	if (r->kind == ND_ADDR || r->kind == ND_DEREF)
		r = r->lhs;
	return esc_tparam_typed(r);
}

// The expression a callee always denotes (Go's ir.StaticValue): a named
// function, a method expression, a literal, or what a local that was
// initialised with one and never reassigned holds. *via: through a local.
static Node *static_value(Batch *b, Node *x, bool *via) {
	for (int depth = 0; depth <= 16; depth++) {
		x = esc_unparen(x);
		if (!x)
			return NULL;
		if ((x->kind == ND_FUNCNAME && x->obj && x->obj->kind == OBJ_FUNC) || x->kind == ND_FUNCLIT)
			return x;
		if (x->kind != ND_IDENT || !x->obj || x->obj->kind != OBJ_VAR || x->obj->owner != b->curfn)
			return NULL;
		x = esc_static_init(x->obj);
		*via = true;
	}
	return NULL;
}

static Func *static_callee(Node *v) {
	if (!v)
		return NULL;
	return v->kind == ND_FUNCLIT ? node_ext(v)->func : v->obj->func;
}

// gc tags no parameter of a type without pointers ("" reads as leaking
// to the heap); only a method expression can pass such a receiver a
// pointerful value ((*T).m, or m promoted through an embedded pointer),
// which then leaks. (For a generic type, T.m is a closure that passes the
// receiver on itself.)
static bool method_expr_recv_leaks(Node *v, Func *fn) {
	if (!v || v->kind != ND_FUNCNAME || !v->name || !fn || !fn->recv || in_mutual_batch(fn) ||
	    type_pointerful(fn->recv->type) || esc_generic_method_expr(v))
		return false;
	Type *sig = type_under(v->type);
	return sig && sig->kind == TY_FUNC && sig->params.len > 0 && type_pointerful(VEC_AT(sig->params, 0));
}

// A generic function instance or a method expression of a generic type
// used as a value: gc's stenciler makes it a closure calling the shape
// instance, and a closure that is not called directly returns what it
// returns to a result that outlives everything (escape's outlives).
static bool generic_value_closure(Node *v, bool via) {
	return via && v && v->kind == ND_FUNCNAME && v->obj->func && v->obj->func->shape_name;
}

// ks for such a call: each result also flows to the heap.
static Hole *results_to_heap(Batch *b, Hole *ks, int nk, Func *fn, int *nout) {
	int n = fn->results.len;
	Hole *out = pool_zalloc(&b->pool, ((size_t)n + 1) * sizeof(Hole));
	for (int i = 0; i < n; i++) {
		Hole pair[2] = {heap_hole(b), ks && i < nk ? ks[i] : discard_hole(b)};
		out[i] = tee_hole(b, pair, 2);
	}
	*nout = n;
	return out;
}

// Go positions the implicit conversion of a call argument at the most
// recent non-name argument before it (names, also converted from another
// interface type, do not move the compiler's current position), or at the
// call's '(' when there is none.
static void arg_box_positions(Node *call, const Vec *args, int first) {
	Pos cur = call->pos;
	for (int i = first; i < args->len; i++) {
		Node *a = esc_unparen(VEC_AT(*args, i));
		if (!a)
			continue;
		if (a->kind == ND_COMPOSITE && esc_is_dotdotdot_arg(a)) {
			for (int j = 0; j < node_list(a)->len; j++) {
				Node *e = esc_unparen(VEC_AT(*node_list(a), j));
				Node *inner = node_is_implicit_conv(e) ? esc_unparen(e->lhs) : e;
				if (inner && !esc_is_var_name(inner))
					cur = inner->pos;
				if (esc_is_implicit_box(e))
					esc_set_box_pos(e, cur);
			}
			continue;
		}
		Node *inner = node_is_implicit_conv(a) ? esc_unparen(a->lhs) : a;
		if (inner && !esc_is_var_name(inner))
			cur = inner->pos;
		if (esc_is_implicit_box(a))
			esc_set_box_pos(a, cur);
	}
}

static void mark_variadic_tail(Node *call, Type *sig) {
	if (!sig || sig->kind != TY_FUNC || !sig->variadic || call->has_dots || node_list(call)->len == 0)
		return;
	Node *last = VEC_AT(*node_list(call), node_list(call)->len - 1);
	if (last && last->kind == ND_COMPOSITE && node_list(call)->len >= sig->params.len)
		esc_mark_dotdotdot_arg(last, call);
}

// Go's callOrChan: an expression holding one of these (new(T) aside) is
// what gc's RewriteNonNameCall moves into a temporary when it is a callee
// or a method's receiver.
static bool has_call_or_recv(Node *n) {
	if (!n || n->is_const || n->is_type || n->kind == ND_FUNCLIT)
		return false;
	if (n->kind == ND_CALL || (n->kind == ND_BUILTIN && n->builtin != BI_NEW) ||
	    (n->kind == ND_UNARY && n->op == OP_ARROW))
		return true;
	Node *kids[] = {n->lhs, n->rhs, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		if (has_call_or_recv(kids[i]))
			return true;
	for (int i = 0; i < node_list(n)->len; i++)
		if (has_call_or_recv(VEC_AT(*node_list(n), i)))
			return true;
	return false;
}

// Walks x (a callee or receiver, see has_call_or_recv) into a fresh
// .autotmp, which -m prints in place of shown, and returns its Loc.
// stencil: made by gc's stenciler (tables.c), which visits calls before
// their operands.
static Loc *into_temp(Batch *b, Node *x, Node *shown, bool stencil) {
	Obj *tmp = new_obj(OBJ_VAR, NULL, (Pos){0});
	tmp->type = x->type;
	tmp->owner = b->curfn;
	if (stencil)
		tmp->name = esc_later_autotmp_name(b, true);
	Loc *l = new_loc(b, NULL, tmp, false);
	Hole k = loc_hole(l);
	if (x->kind == ND_CALL || x->kind == ND_BUILTIN)
		walk_call(b, &k, 1, x);
	else
		walk_expr(b, k, x);
	// numbered after the temporaries of x's own operands, as gc's
	// typechecker makes them bottom-up
	if (!stencil)
		tmp->name = esc_next_autotmp_name(b, x->pos);
	esc_set_alias(shown, tmp->name);
	return l;
}

static bool is_call(Node *n) {
	return n && n->kind == ND_CALL && n->type && n->type->kind != TY_TUPLE;
}

// A temporary holding one of g's results in f(g()), as the argument of a
// parameter of type t: boxed (at the call) when t is an interface.
static Node *result_arg(Pos pos, Obj *tmp, Type *t) {
	Node *id = new_node(ND_IDENT, pos);
	id->name = tmp->name;
	id->obj = tmp;
	id->type = tmp->type;
	if (!type_is_interface(t) || type_is_interface(id->type))
		return id;
	Node *box = new_node(ND_TOIFACE, pos);
	box->lhs = id;
	box->type = t;
	return box;
}

// f(g()): Go assigns g's results to temporaries first, made at at (in
// a go/defer wrapper, la's, the lowering's own); walks g into them.
static Obj **results_into_temps(Batch *b, Node *g, Pos at, LoweredArg *la, bool stencil) {
	int nt = g->type->results.len;
	Obj **tmps = pool_zalloc(&b->pool, ((size_t)nt + 1) * sizeof(Obj *));
	Hole *tks = pool_zalloc(&b->pool, ((size_t)nt + 1) * sizeof(Hole));
	for (int i = 0; i < nt; i++) {
		tmps[i] = la ? esc_name_autotmp(b, VEC_AT(la->temps, i), at, stencil)
		             : esc_new_autotmp(b, VEC_AT(g->type->results, i), at, stencil);
		tks[i] = loc_hole(var_loc(b, tmps[i]));
	}
	walk_call(b, tks, nt, g);
	return tmps;
}

// The wrapper of a go/defer reads the temporaries (la's reads renamed)
// and captures them.
static void capture_results(ArgCtx *ac, LoweredArg *la, Obj **tmps, int nt) {
	rename_reads(la);
	for (int i = 0; i < nt; i++) {
		vec_push(&ac->site->temps, tmps[i]);
		vec_push(&ac->site->refs, VEC_AT(la->reads, i));
	}
}

void esc_spread_results(Batch *b, Hole *ks, Type **to, Node *call, Pos box_pos, Node *where, const char *why) {
	int nt = call->type->results.len;
	Obj **tmps = results_into_temps(b, call, call->pos, NULL, false);
	for (int i = 0; i < nt; i++)
		walk_expr(b, hole_note(b, ks[i], where, why), to[i] ? result_arg(box_pos, tmps[i], to[i]) : NULL);
}

// fmt.Println(g()) / f(xs, g()) for variadic f: g's results go to
// temporaries, which the implicit slice then holds (boxed if needed).
// Returns the slice Go analyses (a copy: the tree itself is unchanged,
// and the checker's literal keeps the safe heap verdict).
static Node *tuple_tail(Batch *b, Node *call, Node *orig, ArgCtx *ac, bool stencil) {
	Node *lit = xmalloc(sizeof(Node));
	*lit = *orig;
	*node_list_mut(lit) = (Vec){0};
	vec_push(node_list_mut(lit), VEC_AT(*node_list(orig), 0));
	esc_mark_dotdotdot_arg(lit, call);
	Node *g = VEC_AT(*node_list(lit), 0);
	int nt = g->type->results.len;
	LoweredTail *lt = ac && ac->wrapper ? esc_lowered_tail(g) : NULL;
	LoweredArg *la = lt ? esc_lowered_arg(g) : NULL;
	Obj **tmps = results_into_temps(b, g, call->pos, la, stencil);
	node_list_mut(lit)->len = 0;
	if (lt) {
		// go/defer: the lowering's elements, and its slice in the wrapper
		rename_reads(la);
		for (int i = 0; i < lt->elems.len; i++)
			vec_push(node_list_mut(lit), VEC_AT(lt->elems, i));
		esc_set_lowered_lit(lit, lt->lit);
		return lit;
	}
	Type *elem = type_under(lit->type)->elem;
	for (int i = 0; i < nt; i++)
		vec_push(node_list_mut(lit), result_arg(call->pos, tmps[i], elem));
	return lit;
}

static bool is_tuple_tail(Node *lit) {
	return lit && lit->kind == ND_COMPOSITE && node_list(lit)->len == 1 && VEC_AT(*node_list(lit), 0) &&
	       ((Node *)VEC_AT(*node_list(lit), 0))->type && ((Node *)VEC_AT(*node_list(lit), 0))->type->kind == TY_TUPLE;
}

// uintptr(unsafe.Pointer(p)) passed to a //go:uintptrescapes function:
// Go keeps the pointer in a temporary that escapes.
static bool uintptr_escapes_arg(Batch *b, Func *fn, Node *arg) {
	if (!fn || !fn->decl || !(node_ext(fn->decl)->pragma & PRAGMA_UINTPTRESCAPES))
		return false;
	Node *conv = esc_unparen(arg);
	if (!conv || conv->kind != ND_CONV || type_under(conv->type)->kind != TY_UINTPTR || !conv->lhs ||
	    type_under(conv->lhs->type)->kind != TY_UNSAFEPTR)
		return false;
	Node *inner = conv->lhs;
	Obj *tmp = esc_new_late_autotmp(b, inner->type, inner->pos);
	Node *ref = new_node(ND_IDENT, inner->pos);
	ref->name = tmp->name;
	ref->obj = tmp;
	ref->type = inner->type;
	Node *copy = xcalloc(1, sizeof(Node));
	memcpy(copy, inner, node_size(inner));
	Node *as = new_node(ND_ASSIGN, inner->pos);
	vec_push(node_list_mut(as), ref);
	vec_push(&as->rlist, copy);
	Loc *l = var_loc(b, tmp);
	walk_expr(b, hole_note(b, loc_hole(l), as, "assign"), inner);
	esc_set_alias(inner, tmp->name);
	flow(b, hole_note(b, heap_hole(b), conv, "//go:uintptrescapes"), l);
	return true;
}

// The hole of argument idx of a call of fn, or of any of alts (a
// function parameter's possible values, paramcall.c).
static Hole arg_tag_hole(Batch *b, Hole *ks, int nk, Func *fn, Vec *alts, int idx) {
	if (!alts)
		return walk_tag_hole(b, ks, nk, fn, idx);
	Hole *tk = pool_zalloc(&b->pool, (size_t)alts->len * sizeof(Hole));
	for (int i = 0; i < alts->len; i++)
		tk[i] = walk_tag_hole(b, ks, nk, VEC_AT(*alts, i), idx);
	return tee_hole(b, tk, alts->len);
}

// f(g()) after g's results went to tmps: they are f's arguments, the
// variadic ones in the implicit "... argument" slice, each converted to
// its parameter's type as gc's rewritten call does.
static void pass_results(Batch *b, Hole *ks, int nk, Node *call, Func *fn, Vec *alts, int shift, Type *sig,
                         Obj **tmps, int nt, ArgCtx *ac) {
	int fixed = sig->variadic ? sig->params.len - 1 : nt;
	for (int i = 0; i < fixed; i++)
		argument(b, ac, arg_tag_hole(b, ks, nk, fn, alts, i + shift), call,
		         result_arg(call->pos, tmps[i], VEC_AT(sig->params, i)));
	if (!sig->variadic)
		return;
	Node *lit = new_node(ND_COMPOSITE, call->pos);
	lit->type = VEC_AT(sig->params, fixed);
	for (int i = fixed; i < nt; i++)
		vec_push(node_list_mut(lit), result_arg(call->pos, tmps[i], type_under(lit->type)->elem));
	esc_mark_dotdotdot_arg(lit, call);
	argument(b, ac, arg_tag_hole(b, ks, nk, fn, alts, fixed + shift), call, lit);
}

// go/defer f(g()): gc boxes a temporary for an interface parameter
// before the wrapper, in a temporary of its own that the wrapper captures.
static Loc *boxed_capture(Batch *b, ArgCtx *ac, Node *box) {
	Obj *w = esc_new_late_autotmp(b, box->type, box->pos);
	Loc *l = var_loc(b, w);
	walk_expr(b, hole_note(b, loc_hole(l), box, "assign"), box);
	vec_push(&ac->site->temps, w);
	vec_push(&ac->site->refs, box);
	return l;
}

// f(g()) (or x.m(g())): Go assigns g's results to temporaries first, then
// passes them (base: the tag index of the first).
static void tuple_args(Batch *b, Hole *ks, int nk, Node *call, Node *inner, Func *fn, Vec *alts, int base,
                       Type *sig, ArgCtx *ac, bool stencil) {
	int nt = inner->type->results.len;
	LoweredArg *la = ac && ac->wrapper ? esc_lowered_arg(inner) : NULL;
	Obj **tmps = results_into_temps(b, inner, call->pos, la, stencil);
	if (la)
		capture_results(ac, la, tmps, nt);
	Type *st = sig ? type_under(sig) : NULL;
	if (la || !st || st->kind != TY_FUNC || (st->variadic ? nt < st->params.len - 1 : nt != st->params.len)) {
		bool exact = st && st->kind == TY_FUNC && !st->variadic && nt == st->params.len;
		for (int i = 0; i < nt; i++) {
			Hole k = hole_note(b, arg_tag_hole(b, ks, nk, fn, alts, i + base), call, "call parameter");
			Node *a = la && exact ? result_arg(call->pos, tmps[i], VEC_AT(st->params, i)) : NULL;
			if (a && a->kind == ND_TOIFACE)
				flow(b, k, boxed_capture(b, ac, a));
			else
				flow(b, k, var_loc(b, tmps[i]));
		}
		return;
	}
	pass_results(b, ks, nk, call, fn, alts, base, st, tmps, nt, ac);
}

static void user_call(Batch *b, Hole *ks, int nk, Node *call, ArgCtx *ac) {
	Node *fx = esc_unparen(call->lhs);
	if (fx && fx->kind == ND_FUNCLIT)
		func_info(node_ext(fx)->func)->closure_called = true;
	bool via = false;
	Node *callee = dictionary_call(b, call) ? NULL : static_value(b, fx, &via);
	Func *fn = static_callee(callee);
	Vec *alts = fn ? NULL : esc_param_callees(b, fx);
	if (generic_value_closure(callee, via))
		ks = results_to_heap(b, ks, nk, fn, &nk);
	bool recv_leaks = method_expr_recv_leaks(callee, fn);
	bool stencil = fn && fn->shape_name; // its temporaries are the stenciler's
	if (ks && fn && in_mutual_batch(fn)) {
		for (int i = 0; i < fn->results.len && i < nk; i++) {
			Obj *r = VEC_AT(fn->results, i);
			Loc *rl = var_loc(b, r);
			Hole k = ks[i];
			if (rl && !(k.derefs >= 0 && !type_pointerful(r->type)))
				flow(b, k, rl);
		}
	}
	bool iface = fx && fx->kind == ND_SELECTOR && !fx->obj && fx->lhs && type_is_interface(fx->lhs->type);
	Devirt *dv = iface ? esc_devirt(call) : NULL;
	Func *devirt = dv ? dv->fn : NULL;
	if (dv) {
		// x.M() became T.M(x.(T)) (or a call on one of its fields): the
		// receiver is a type assertion; a partial one still calls the
		// embedded interface dynamically.
		fn = devirt;
		Hole k = devirt ? walk_tag_hole(b, ks, nk, fn, 0) : heap_hole(b);
		int d = dv->recv_derefs;
		if (d < 0)
			k = hole_addr(b, k, fx, "address-of");
		else
			k = hole_shift(k, d);
		argument(b, ac, hole_note(b, k, fx, "dot"), call, fx->lhs);
	} else if (iface && has_call_or_recv(esc_unparen(fx->lhs)) && !(ac && ac->wrapper)) {
		Node *recv = esc_unparen(fx->lhs);
		flow(b, hole_note(b, heap_hole(b), call, "call parameter"), into_temp(b, recv, recv, false));
	} else if (iface)
		argument(b, ac, heap_hole(b), call, fx->lhs);
	else if (!(fn && fn->recv) && has_call_or_recv(fx) && !(ac && ac->wrapper))
		into_temp(b, fx, fx, false);
	else if (ac && ac->wrapper) {
		if (!(fx && fx->kind == ND_FUNCNAME))
			argument(b, ac, discard_hole(b), call, fx);
	} else
		walk_discard(b, call->lhs);

	Type *sig = fn ? fn->type : (call->lhs ? type_under(call->lhs->type) : NULL);
	mark_variadic_tail(call, sig ? type_under(sig) : NULL);
	int first = fn && fn->recv && !devirt ? 1 : 0;
	int shift = devirt ? 1 : 0; // tag index of list[i]
	arg_box_positions(call, node_list(call), first);

	const Vec *args = node_list(call);
	for (int i = 0; i < args->len; i++) {
		Node *a = VEC_AT(*args, i);
		if (i == first && args->len == first + 1 && a && a->type && a->type->kind == TY_TUPLE) {
			tuple_args(b, ks, nk, call, a, fn, alts, first + shift, sig, ac, stencil);
			return;
		}
		Hole k = i == 0 && recv_leaks ? heap_hole(b) : arg_tag_hole(b, ks, nk, fn, alts, i + shift);
		Node *recv = i == 0 && first ? esc_unparen(a) : NULL;
		while (recv && (recv->kind == ND_ADDR || recv->kind == ND_DEREF))
			recv = esc_unparen(recv->lhs);
		if (recv && !is_call(recv) && has_call_or_recv(recv) && !(ac && ac->wrapper)) {
			// with its implicit & or *, as gc's temporary holds it
			flow(b, hole_note(b, k, call, "call parameter"), into_temp(b, esc_unparen(a), recv, stencil));
			continue;
		}
		if (is_call(recv) && !(ac && ac->wrapper)) {
			Loc *tmp = into_temp(b, recv, recv, stencil);
			Hole kk = hole_note(b, k, call, "call parameter");
			for (Node *x = esc_unparen(a); x != recv; x = esc_unparen(x->lhs))
				kk = x->kind == ND_ADDR ? hole_addr(b, kk, x, "address-of") : hole_deref(b, kk, x, "indirection");
			flow(b, kk, tmp);
			continue;
		}
		if (uintptr_escapes_arg(b, fn, a))
			continue;
		if (esc_is_dotdotdot_arg(a) && is_tuple_tail(a))
			a = tuple_tail(b, call, a, ac, stencil);
		argument(b, ac, k, call, a);
	}
}

static bool is_pointerful_slice(Node *n) {
	Type *u = n ? type_under(n->type) : NULL;
	return u && u->kind == TY_SLICE && type_pointerful(u->elem);
}

// fmt.Print*([w io.Writer,] [format string,] a ...any): the writer leaks
// (it is called through an interface), the format does not escape, and
// the contents of the variadic slice leak to the heap (fmt stores the
// interfaces in its heap-allocated printer), so every box escapes while
// the implicit slice itself does not.
// fmt.Printf(g()): g's results go to temporaries, the first ones are the
// writer and format, the others fill the implicit slice (boxed). In a
// go/defer the wrapper builds that slice (godefer.c's copy) from the
// boxes gc makes before it, which the wrapper captures.
static void fmt_spread(Batch *b, Node *call, Node *g, bool has_writer, int first, ArgCtx *ac) {
	int nt = g->type->results.len;
	LoweredArg *la = ac && ac->wrapper ? esc_lowered_arg(g) : NULL;
	Obj **tmps = results_into_temps(b, g, call->pos, la, false);
	if (la)
		capture_results(ac, la, tmps, nt);
	for (int i = 0; i < first && i < nt; i++)
		flow(b, hole_note(b, has_writer && i == 0 ? heap_hole(b) : discard_hole(b), call, "call parameter"),
		     var_loc(b, tmps[i]));
	Hole content = hole_shift(heap_hole(b), 1);
	Node *site = la ? esc_lowered_lit(g) : NULL;
	if (la && site) {
		// the boxes are made first, then the wrapper's slice
		Loc **boxes = pool_zalloc(&b->pool, ((size_t)nt + 1) * sizeof(Loc *));
		for (int i = first; i < nt; i++)
			boxes[i] = boxed_capture(b, ac, result_arg(call->pos, tmps[i], ty_any));
		esc_mark_dotdotdot_arg(site, call);
		Hole slot = spill(b, hole_note(b, content, call, "call parameter"), site);
		for (int i = first; i < nt; i++)
			flow(b, hole_note(b, slot, site, "slice-literal-element"), boxes[i]);
		return;
	}
	Node *lit = new_node(ND_COMPOSITE, call->pos);
	lit->type = type_slice(ty_any);
	for (int i = first; i < nt; i++)
		vec_push(node_list_mut(lit), result_arg(call->pos, tmps[i], ty_any));
	esc_mark_dotdotdot_arg(lit, call);
	argument(b, NULL, content, call, lit);
}

static void fmt_call(Batch *b, Node *call, ArgCtx *ac) {
	Builtin bi = call->builtin;
	bool has_writer = bi == BI_FMT_FPRINTLN || bi == BI_FMT_FPRINT || bi == BI_FMT_FPRINTF;
	bool has_format = bi == BI_FMT_PRINTF || bi == BI_FMT_SPRINTF || bi == BI_FMT_ERRORF || bi == BI_FMT_FPRINTF;
	int first = has_writer + has_format;
	const Vec *args = node_list(call);
	Node *only = args->len == 1 ? VEC_AT(*args, 0) : NULL;
	if (first && only && only->type && only->type->kind == TY_TUPLE && !call->has_dots) {
		fmt_spread(b, call, only, has_writer, first, ac);
		return;
	}
	for (int i = 0; i < first && i < args->len; i++)
		argument(b, ac, has_writer && i == 0 ? heap_hole(b) : discard_hole(b), call, VEC_AT(*args, i));
	if (args->len <= first)
		return;
	Hole content = hole_shift(heap_hole(b), 1);
	if (call->has_dots) {
		argument(b, ac, content, call, VEC_AT(*args, first));
		return;
	}
	Node *tail = VEC_AT(*args, first);
	if (tail->kind == ND_NIL) {
		// No variadic arguments: from now on Go prints the nil slice
		// it passes, "fmt.Sprint(nil...)".
		esc_mark_dotdotdot_arg(tail, call);
		return;
	}
	if (!(args->len == first + 1 && tail->kind == ND_COMPOSITE && type_under(tail->type)->kind == TY_SLICE)) {
		// Arguments passed one by one: build the implicit slice.
		tail = new_node(ND_COMPOSITE, call->pos);
		tail->type = type_slice(ty_any);
		for (int i = first; i < args->len; i++)
			vec_push(node_list_mut(tail), VEC_AT(*args, i));
	}
	esc_mark_dotdotdot_arg(tail, call);
	if (is_tuple_tail(tail))
		tail = tuple_tail(b, call, tail, ac, false);
	Vec all = {0};
	for (int i = 0; i < first; i++)
		vec_push(&all, VEC_AT(*args, i));
	vec_push(&all, tail);
	arg_box_positions(call, &all, 0);
	argument(b, ac, content, call, tail);
}

// Where the argument a at position i of builtin call (not fmt, new or
// make) flows; ks are the holes of the call's result.
static Hole builtin_arg_hole(Batch *b, Hole *ks, int nk, Node *call, int i, Node *a) {
	Hole result = nk > 0 ? ks[0] : discard_hole(b);
	switch (call->builtin) {
	case BI_APPEND:
		if (i > 0) {
			if (!call->has_dots)
				return heap_hole(b);
			return is_pointerful_slice(a) ? hole_deref(b, heap_hole(b), call, "appended slice...")
			                              : discard_hole(b);
		}
		if (is_pointerful_slice(a)) {
			Hole pair[2] = {result, hole_deref(b, heap_hole(b), call, "appendee slice")};
			return tee_hole(b, pair, 2);
		}
		return result;
	case BI_COPY:
		return i == 1 && is_pointerful_slice(a) ? hole_deref(b, heap_hole(b), call, "copied slice")
		                                        : discard_hole(b);
	case BI_PANIC:
		return heap_hole(b);
	case BI_UNSAFE_ADD: case BI_UNSAFE_SLICE:
		return i == 0 ? result : discard_hole(b);
	default:
		return discard_hole(b);
	}
}

// b(f()) with a multi-value f: the results go to their variables, read
// by the arguments (call->rlist, see ND_BUILTIN), which may box them.
static void spread_builtin(Batch *b, Hole *ks, int nk, Node *call, ArgCtx *ac) {
	int n = call->rlist.len;
	Hole *rk = pool_zalloc(&b->pool, (size_t)n * sizeof(Hole));
	for (int i = 0; i < n; i++) {
		Node *r = VEC_AT(call->rlist, i);
		while (r->kind != ND_IDENT)
			r = r->lhs;
		// gc assigns the results to temporaries first; -m names them
		esc_set_alias(r, esc_next_autotmp_name(b, call->pos));
		rk[i] = loc_hole(var_loc(b, r->obj));
	}
	walk_call(b, rk, n, VEC_AT(*node_list(call), 0));
	for (int i = 0; i < n; i++) {
		Node *a = VEC_AT(call->rlist, i);
		argument(b, ac, builtin_arg_hole(b, ks, nk, call, i, a), call, a);
	}
}

static void builtin_call(Batch *b, Hole *ks, int nk, Node *call, ArgCtx *ac) {
	const Vec *a = node_list(call);
	Node *a0 = a->len > 0 ? VEC_AT(*a, 0) : NULL;
	switch (call->builtin) {
	case BI_FMT_PRINTLN: case BI_FMT_PRINT: case BI_FMT_PRINTF: case BI_FMT_SPRINTF:
	case BI_FMT_SPRINT: case BI_FMT_SPRINTLN: case BI_FMT_ERRORF:
	case BI_FMT_FPRINTLN: case BI_FMT_FPRINT: case BI_FMT_FPRINTF:
		fmt_call(b, call, ac);
		return;
	case BI_NEW: case BI_MAKE:
		walk_expr(b, nk > 0 ? ks[0] : discard_hole(b), call);
		return;
	case BI_APPEND:
		if (in_instance(b)) {
			// gc's shape code converts the appended values like a
			// call's arguments, before the call
			arg_box_positions(call, a, 1);
		} else {
			// gc converts them after walking all of append's
			// arguments, so each conversion stands where that walk
			// ended
			Pos p = call->pos;
			for (int i = 0; i < a->len; i++)
				esc_cursor_pos(VEC_AT(*a, i), &p);
			const Vec *vals = call->rlist.len ? &call->rlist : a;
			for (int i = 1; i < vals->len; i++)
				if (esc_is_implicit_box(VEC_AT(*vals, i)))
					esc_set_box_pos(VEC_AT(*vals, i), p);
		}
		break;
	case BI_PANIC:
		if (esc_is_implicit_box(a0)) {
			Pos p = call->pos;
			if (in_instance(b)) // a constant moves gc's substitution too
				p = esc_subst_pos(call);
			else
				esc_cursor_pos(a0->lhs, &p);
			esc_set_box_pos(a0, p);
		}
		break;
	default:
		break;
	}
	if (call->rlist.len) {
		spread_builtin(b, ks, nk, call, ac);
		return;
	}
	for (int i = 0; i < a->len; i++)
		argument(b, ac, builtin_arg_hole(b, ks, nk, call, i, VEC_AT(*a, i)), call, VEC_AT(*a, i));
}

static void call_common(Batch *b, Hole *ks, int nk, Node *call, ArgCtx *ac) {
	call = esc_unparen(call);
	if (!call)
		return;
	if (call->kind == ND_CALL)
		user_call(b, ks, nk, call, ac);
	else if (call->kind == ND_BUILTIN)
		builtin_call(b, ks, nk, call, ac);
	else
		walk_expr(b, nk > 0 ? ks[0] : discard_hole(b), call);
}

void walk_call(Batch *b, Hole *ks, int nk, Node *call) {
	call_common(b, ks, nk, call, NULL);
}

void walk_go_defer(Batch *b, Node *stmt) {
	Hole k = heap_hole(b);
	if (stmt->kind == ND_DEFER && b->loopdepth == 1)
		k = later_hole(b, discard_hole(b)); // lives until the function returns
	Node *call = esc_unparen(stmt->lhs);
	if (!call)
		return;
	if (!stmt->rhs) {
		// no wrapper (godefer.c): the func value itself is deferred
		if (call->kind == ND_CALL && call->lhs)
			walk_expr(b, k, call->lhs);
		return;
	}
	ClosureSite *cs = pool_zalloc(&b->pool, sizeof(ClosureSite));
	cs->lit = stmt->rhs;
	ArgCtx ac = {.wrapper = true, .site = cs};
	call_common(b, NULL, 0, call, &ac);
	cs->k = spill(b, k, cs->lit);
	vec_push(&b->closures, cs);
}

// The first use of var inside a literal's body (constant expressions such
// as len(array) do not use it), or NULL.
static Node *first_ref(Node *n, Obj *var) {
	if (!n || n->is_const)
		return NULL;
	if (n->kind == ND_IDENT && n->obj == var)
		return n;
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++) {
		Node *r = first_ref(kids[i], var);
		if (r)
			return r;
	}
	const Vec *lists[] = {node_list(n), node_rlist(n)};
	for (int j = 0; j < 2; j++)
		for (int i = 0; i < lists[j]->len; i++) {
			Node *r = first_ref(VEC_AT(*lists[j], i), var);
			if (r)
				return r;
		}
	return NULL;
}

void mark_captures(Batch *b, Node *lit) {
	Func *fn = node_ext(lit)->func;
	for (int i = 0; fn && i < fn->captures.len; i++) {
		Capture *c = VEC_AT(fn->captures, i);
		Loc *l = var_loc(b, c->var);
		if (l && !l->captured && first_ref(node_ext(lit)->body, c->var)) {
			l->captured = true;
			// Reassignments in straight-line code before the first
			// capture do not force capturing by reference.
			if (l->loopdepth == b->loopdepth)
				l->reassigned = false;
		}
	}
}

// After the walk: by value iff never address-taken, never reassigned and
// at most 128 bytes; the verdict replaces the checker's Capture.byref.
static Capture *capture_of(Func *fn, Obj *v) {
	for (int i = 0; i < fn->captures.len; i++) {
		Capture *c = VEC_AT(fn->captures, i);
		if (c->var == v)
			return c;
	}
	return NULL;
}

// The captures of a go/defer wrapper: its temporaries, by value.
static void flow_wrapper(Batch *b, ClosureSite *cs) {
	for (int i = 0; i < cs->temps.len; i++) {
		Obj *v = VEC_AT(cs->temps, i);
		Node *ref = VEC_AT(cs->refs, i);
		Loc *l = var_loc(b, v);
		if (!l)
			continue;
		int64_t width = v->type ? type_size(v->type) : 8;
		bool byval = !l->addrtaken && !l->reassigned && width <= 128;
		Capture *c = capture_of(node_ext(cs->lit)->func, v);
		if (c)
			c->byref = !byval;
		say_capture(b, v, l, byval, width);
		Hole k = cs->k;
		if (!byval)
			k = hole_addr(b, k, ref, "reference");
		flow(b, hole_note(b, k, ref, "captured by a closure"), l);
	}
}

void flow_closure(Batch *b, ClosureSite *cs) {
	if (esc_is_wrapper(cs->lit)) {
		flow_wrapper(b, cs);
		return;
	}
	Func *fn = node_ext(cs->lit)->func;
	for (int i = 0; fn && i < fn->captures.len; i++) {
		Capture *c = VEC_AT(fn->captures, i);
		Loc *l = var_loc(b, c->var);
		Node *ref = first_ref(node_ext(cs->lit)->body, c->var);
		if (!l || !ref) {
			c->byref = false; // never read: nothing to share
			continue;
		}
		int64_t width = type_size(c->var->type);
		bool byval = !l->addrtaken && !l->reassigned && width <= 128;
		c->byref = !byval;
		say_capture(b, c->var, l, byval, width);
		Hole k = cs->k;
		if (!byval)
			k = hole_addr(b, k, ref, "reference");
		flow(b, hole_note(b, k, ref, "captured by a closure"), l);
	}
}
