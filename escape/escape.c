// escape.c - escape_analyze: the program-wide driver. Analyses the
// functions batch by batch in bottom-up order (scc.c), turns each
// solution into parameter tags, verdicts (Obj.heap, Node.esc) and -m
// diagnostics in Go's order.
#include <stdlib.h>
#include <string.h>
#include "escape_int.h"

// ---- one batch ----

static void init_func(Batch *b, Func *fn) {
	func_info(fn)->state = FN_STARTED;
	b->curfn = fn;
	b->loopdepth = 1;
	if (fn->recv)
		new_loc(b, NULL, fn->recv, false);
	for (int i = 0; i < fn->params.len; i++)
		new_loc(b, NULL, VEC_AT(fn->params, i), false);
	for (int i = 0; i < fn->results.len; i++) {
		Loc *l = new_loc(b, NULL, VEC_AT(fn->results, i), false);
		l->result_index = i + 1;
	}
	for (int i = 0; i < fn->locals.len; i++) {
		Obj *o = VEC_AT(fn->locals, i);
		if (o && o->kind == OBJ_VAR && !ptrmap_get(&b->varloc, o))
			new_loc(b, NULL, o, false);
	}
}

static bool is_const_int(Node *n, int64_t *v) {
	if (!n || !n->is_const || node_cval(n)->kind != CV_INT)
		return false;
	*v = (int64_t)node_cval(n)->i;
	return node_cval(n)->i == (__int128)(int32_t)node_cval(n)->i;
}

static int64_t closure_size(Node *lit) {
	int64_t size = 8;
	Func *fn = node_ext(lit)->func;
	for (int i = 0; fn && i < fn->captures.len; i++) {
		Capture *c = VEC_AT(fn->captures, i);
		size += c->byref ? 8 : (type_size(c->var->type) + 7) / 8 * 8;
	}
	return size;
}

static bool is_ptr_literal(Node *n) {
	if (n->kind == ND_UNARY || n->kind == ND_ADDR) {
		Node *x = esc_unparen(n->lhs);
		return x && x->kind == ND_COMPOSITE;
	}
	return n->kind == ND_COMPOSITE && type_under(n->type)->kind == TY_PTR;
}

// Go's HeapAllocReason: size rules that do not depend on the data flow.
static const char *heap_alloc_reason(Loc *l) {
	if (l->var) {
		if (l->var->is_param || l->var->is_result || l->var->is_recv)
			return NULL;
		return l->var->type && type_size(l->var->type) > MAX_STACK_VAR_SIZE ? "too large for stack" : NULL;
	}
	Node *n = l->n;
	if (!n || !n->type || esc_is_wrapper(n))
		return NULL;
	if (type_size(n->type) > MAX_STACK_VAR_SIZE)
		return "too large for stack";
	if ((n->kind == ND_BUILTIN && n->builtin == BI_NEW) || is_ptr_literal(n)) {
		Type *p = type_under(n->type);
		if (p->kind == TY_PTR && type_size(p->elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
			return "too large for stack";
	}
	if (n->kind == ND_FUNCLIT && closure_size(n) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->kind == ND_METHODVAL && n->lhs && 8 + type_size(n->lhs->type) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->kind == ND_BUILTIN && n->builtin == BI_MAKE && type_under(n->type)->kind == TY_SLICE) {
		Node *r = node_list(n)->len > 1 ? VEC_AT(*node_list(n), 1) : node_list(n)->len > 0 ? VEC_AT(*node_list(n), 0) : NULL;
		int64_t v;
		if (!is_const_int(r, &v))
			return "non-constant size";
		int64_t esize = type_size(type_under(n->type)->elem);
		if (esize != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / esize)
			return "too large for stack";
	}
	return NULL;
}

static bool is_blank_name(const char *s) {
	return !s || !*s || strcmp(s, "_") == 0;
}

// A stub's declared tag of parameter p (check_stub.c), 0 if none.
static char stub_tag(Func *fn, Obj *p) {
	if (!fn->stub_tags)
		return 0;
	size_t i = 0;
	if (p != fn->recv) {
		int k = 0;
		while (k < fn->params.len && VEC_AT(fn->params, k) != p)
			k++;
		i = (size_t)k + (fn->recv ? 1 : 0);
	}
	return i < strlen(fn->stub_tags) ? fn->stub_tags[i] : 0;
}

// Computes (and at -m reports) the tag of one parameter.
static Leaks param_tag(Batch *b, Func *fn, Obj *p) {
	Leaks esc;
	leaks_init(&esc);
	bool named = p && p->name && *p->name;
	if (!p)
		return esc;
	unsigned pragma = fn->decl ? node_ext(fn->decl)->pragma : 0;
	if (fn->name && strcmp(fn->name, "runtime.KeepAlive") == 0)
		return esc; // its real body only reads x
	if (!fn->decl || !node_ext(fn->decl)->body) {
		// Assembly: uintptr arguments are kept alive across the call;
		// pointers leak unless //go:noescape.
		if (type_under(p->type)->kind == TY_UINTPTR) {
			if (named)
				say_unsafe_uintptr(b, p);
			return esc;
		}
		if (!type_pointerful(p->type))
			return esc;
		char tag = stub_tag(fn, p);
		if (tag == 'c')
			leaks_add(&esc, -1, 1);
		else if (tag == 'h' || (!tag && !(pragma & PRAGMA_NOESCAPE)))
			leaks_add(&esc, -1, 0);
		if (named)
			say_param_tag(b, fn, p, &esc);
		return esc;
	}
	if (pragma & PRAGMA_UINTPTRESCAPES) {
		Type *u = type_under(p->type);
		bool dots = u->kind == TY_SLICE && fn->type && type_under(fn->type)->variadic &&
		            p == VEC_AT(fn->params, fn->params.len - 1);
		if (u->kind == TY_UINTPTR || (dots && type_under(u->elem)->kind == TY_UINTPTR)) {
			if (named)
				say_uintptr_escapes(b, p, dots);
			return esc;
		}
	}
	if (!type_pointerful(p->type) || is_blank_name(p->name))
		return esc;
	Loc *l = var_loc(b, p);
	if (!l)
		return esc;
	esc = l->leaks;
	leaks_optimize(&esc);
	if (!l->escapes)
		say_param_tag(b, fn, p, &esc);
	return esc;
}

static void tag_func(Batch *b, Func *fn) {
	FuncInfo *fi = func_info(fn);
	fi->state = FN_TAGGED;
	fi->ntags = (fn->recv ? 1 : 0) + fn->params.len;
	fi->tags = xcalloc((size_t)fi->ntags + 1, sizeof(Leaks));
	int k = 0;
	if (fn->recv)
		fi->tags[k++] = param_tag(b, fn, fn->recv);
	for (int i = 0; i < fn->params.len; i++)
		fi->tags[k++] = param_tag(b, fn, VEC_AT(fn->params, i));
}

static void finish(Batch *b) {
	for (int i = 0; i < b->funcs.len; i++) {
		Func *fn = VEC_AT(b->funcs, i);
		if (fn->outer && !func_info(fn)->walked)
			func_info(fn)->state = FN_TAGGED; // dead code: Go never sees it
		else
			tag_func(b, fn);
	}
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = VEC_AT(b->locs, i);
		esc_check_noheap(l);
		if (l->var) {
			if (l->escapes) {
				say_moved_to_heap(b, l);
				l->var->heap = true;
				l->var->heap_reason = l->reason;
			}
			continue;
		}
		Node *n = l->n;
		if (!n)
			continue;
		n->esc = l->escapes ? ESC_HEAP : ESC_STACK;
		n->esc_reason = l->escapes ? l->reason : "does not outlive its frame";
		if (!esc_is_wrapper(n))
			say_site(b, l);
	}
}

// The next batch reuses the memory: the peak is one batch's graph, not
// the whole program's.
static void free_batch(Batch *b) {
	for (int i = 0; i < b->closures.len; i++) {
		ClosureSite *cs = VEC_AT(b->closures, i);
		free(cs->temps.data);
		free(cs->refs.data);
	}
	free(b->closures.data);
	free(b->funcs.data);
	free(b->locs.data);
	ptrmap_free(&b->varloc);
	pool_free(&b->pool);
	free(b);
}

// The verdicts the solution does not give directly: the literal of
// &T{...} shares its address's, the inner operands of a concatenation
// chain the chain's, and an allocation site the walk never met (dead
// code, forms it does not model) goes to the heap.
static void settle_node(Node *n) {
	if ((n->kind == ND_UNARY || n->kind == ND_ADDR) && n->lhs && esc_unparen(n->lhs)->kind == ND_COMPOSITE &&
	    n->esc != ESC_UNDECIDED) {
		Node *lit = esc_unparen(n->lhs);
		lit->esc = n->esc;
		lit->esc_reason = n->esc_reason;
	}
	if (n->kind == ND_BINARY && n->esc != ESC_UNDECIDED) {
		// Inner operands of a concatenation chain are one allocation.
		for (Node *x = esc_unparen(n->lhs); x && x->kind == ND_BINARY && x->esc == ESC_UNDECIDED &&
		                                    type_is_string(type_under(x->type)) && !x->is_const;
		     x = esc_unparen(x->lhs)) {
			x->esc = n->esc;
			x->esc_reason = n->esc_reason;
		}
		Node *r = esc_unparen(n->rhs);
		if (r && r->kind == ND_BINARY && r->esc == ESC_UNDECIDED && !r->is_const) {
			r->esc = n->esc;
			r->esc_reason = n->esc_reason;
		}
	}
	if (esc_is_alloc_site(n) && n->esc == ESC_UNDECIDED) {
		n->esc = ESC_HEAP;
		n->esc_reason = "always heap allocated";
	}
}

// Once its batch is solved: fn's nodes, in the pre-order of its tree.
static void settle_func(Func *fn) {
	FuncInfo *fi = func_info(fn);
	for (int i = 0; i < fi->settle.len; i++)
		settle_node(VEC_AT(fi->settle, i));
	free(fi->settle.data);
	fi->settle = (Vec){0};
}

void esc_analyze_batch(Vec *roots, const EscapeOptions *opt) {
	Batch *b = xcalloc(1, sizeof(Batch));
	b->opt = opt;
	b->heap.escapes = true;
	b->heap.is_heap = true;
	b->blank.is_blank = true;
	// Closures are analysed with the function that contains them.
	int nvars = 0;
	for (int i = 0; i < roots->len; i++) {
		Func *fn = VEC_AT(*roots, i);
		vec_push(&b->funcs, fn);
		nvars += 1 + fn->params.len + fn->results.len + fn->locals.len;
	}
	// room for the variables and as many allocation sites and temporaries
	b->locs = (Vec){.data = xmalloc(2 * sizeof(void *) * (size_t)nvars), .cap = 2 * nvars};
	for (int i = 0; i < b->funcs.len; i++)
		init_func(b, VEC_AT(b->funcs, i));
	for (int i = 0; i < b->funcs.len; i++) {
		Func *fn = VEC_AT(b->funcs, i);
		if (!fn->outer)
			walk_func(b, fn);
	}
	for (int i = 0; i < b->closures.len; i++)
		flow_closure(b, VEC_AT(b->closures, i));
	for (int i = 0; i < b->locs.len; i++) {
		Loc *l = VEC_AT(b->locs, i);
		const char *why = heap_alloc_reason(l);
		if (why) {
			Node *where = l->n ? l->n : l->var->decl;
			b->curfn = l->fn;
			flow(b, hole_addr(b, heap_hole(b), where, why), l);
			if (!l->reason)
				l->reason = why;
		}
	}
	solve(b);
	finish(b);
	for (int i = 0; i < b->funcs.len; i++) {
		Func *fn = VEC_AT(b->funcs, i);
		if (!fn->outer)
			settle_func(fn);
	}
	if (opt->dot)
		esc_dot_batch(b, opt->dot);
	free_batch(b);
}

static void analyze(Vec *fns, void *ctx) {
	esc_analyze_batch(fns, ctx);
}

void escape_analyze(Program *prog, const EscapeOptions *opt) {
	if (opt->dot)
		esc_dot_begin(opt->dot);
	if (opt->off) {
		esc_lower_go_defer(prog);
		escape_conservative(prog, opt); // no graph: the digraph stays empty
		if (opt->dot)
			esc_dot_end(opt->dot);
		return;
	}
	esc_record_iface_statics(prog);
	esc_record_param_callees(prog);
	devirtualize(prog, opt);
	esc_lower_go_defer(prog); // after devirtualization, as Go's goDeferStmt
	esc_bottom_up(prog, analyze, (void *)opt);
	esc_package_init(prog, opt);
	if (opt->m_level >= 1 && opt->out)
		esc_report_bounded(prog, opt->out);
	if (opt->dot)
		esc_dot_end(opt->dot);
	if (opt->out)
		fflush(opt->out);
}
