// build_inline.c - inlining at direct calls (gc's inliner in miniature):
// a function or method of the package whose body is cheap (gc's budget of
// 80 nodes, a call costing 57 unless its callee is inlinable too) and in
// the subset of the SSA back end (its own IR builds) has its body built
// into the caller at each direct call, nested up to a few levels deep and
// never into itself. The receiver and parameters are bound to the
// argument words, already evaluated once and in order by call(); a
// `return` writes the result variables and jumps to the block after the
// call, which reads them (phis when several returns reach it). Every
// run-time check of the body (index, nil, division, shift) is built as in
// the callee, so it panics with Go's message.
//
// It runs after escape analysis, which (like -m) sees the calls as
// written, as gc's -l would: the callee's non-escaping allocations are
// made in the caller's frame, which outlives them. -N does not inline,
// nor does //go:noinline.
//
// The inlined values keep the callee's lines (# LINE comments, .loc) and
// name their call (Value.inl, SsaFunc.inlined): gen.c comments
// "# inlined main.f, called at line N" and gives the line table the
// call's chain, so a traceback lists the inlined function as a frame of
// its own, as Go's does.
#include <limits.h>
#include <stdlib.h>
#include "build.h"

enum {
	BUDGET = 80,          // gc's inlineMaxBudget
	CALL_COST = 57,       // gc's inlineExtraCallCost: a call that stays a call
	MAX_DEPTH = 4,        // nested inlined calls
	CALLER_BUDGET = 2000, // the cost inlined into one function (compile time, code size)
};

static PtrMap costs;  // Func* -> 2 + its body's cost (INT_MAX: not inlinable); 1: being computed

static bool candidate(Func *fn) {
	return fn && fn->decl && fn->decl->kind == ND_FUNCDECL && node_ext(fn->decl)->body && !fn->outer &&
	       !fn->funclits.len && !fn->has_defer && !fn->has_recover && !fn->wrapper && !fn->shape_name &&
	       !fn->stub_only && !(node_ext(fn->decl)->pragma & PRAGMA_NOINLINE);
}

static int body_cost(Func *fn);

// The cost of n (in fn's body) added to cost, stopping once it passes the budget.
static int node_cost(Func *fn, Node *n, int cost) {
	if (!n || cost > BUDGET)
		return cost;
	// What gc's tree has no node for costs nothing: blocks, expression
	// statements, parentheses, the dereferences and addresses the checker
	// made explicit (p.x is one ODOTPTR for gc).
	if (n->kind != ND_BLOCK && n->kind != ND_EXPRSTMT && n->kind != ND_PAREN && n->kind != ND_DEREF &&
	    n->kind != ND_ADDR)
		cost++;
	if (n->kind == ND_CALL) {
		Node *f = skip_parens(n->lhs);
		Func *g = f && (f->kind == ND_FUNCNAME || f->kind == ND_IDENT) && f->obj && f->obj->kind == OBJ_FUNC
		          ? f->obj->func : NULL;
		if (g == fn)
			return INT_MAX;  // recursive: never inlined (gc's rule)
		int gc = g ? body_cost(g) : INT_MAX;
		cost += gc <= BUDGET ? gc : CALL_COST;
	}
	if (n->kind == ND_BUILTIN && ((n->builtin >= BI_FMT_PRINTLN && n->builtin <= BI_FMT_ERRORF) ||
	                              (n->builtin >= BI_FMT_FPRINTLN && n->builtin <= BI_FMT_FPRINTF)))
		cost += CALL_COST;  // calls of fmt's functions for gc
	if (n->kind == ND_FUNCLIT)
		return INT_MAX;
	// The children, until the budget is passed (nothing after counts).
	cost = node_cost(fn, n->lhs, cost);
	cost = node_cost(fn, n->rhs, cost);
	for (int i = 0; i < node_list(n)->len && cost <= BUDGET; i++)
		cost = node_cost(fn, node_list(n)->data[i], cost);
	if (n->is_short) // a leaf: no rlist, no ext
		return cost;
	for (int i = 0; i < n->rlist.len && cost <= BUDGET; i++)
		cost = node_cost(fn, n->rlist.data[i], cost);
	if (n->ext && cost <= BUDGET) {
		const NodeExt *x = node_ext(n);
		Node *parts[] = {x->init, x->cond, x->post, x->then, x->els, x->body, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
		for (size_t i = 0; i < sizeof parts / sizeof parts[0] && cost <= BUDGET; i++)
			if (parts[i])
				cost = node_cost(fn, parts[i], cost);
	}
	return cost;
}

// fn's cost; above BUDGET when it is not inlinable.
static int body_cost(Func *fn) {
	intptr_t c = (intptr_t)ptrmap_get(&costs, fn);
	if (c)
		return c == 1 ? INT_MAX : (int)(c - 2);  // 1: recursion through other functions, which stay calls
	c = INT_MAX;
	if (candidate(fn)) {
		ptrmap_put(&costs, fn, (void *)1);
		c = node_cost(fn, node_ext(fn->decl)->body, 0);
	}
	ptrmap_put(&costs, fn, (void *)(c + 2));  // an empty body costs 0, stored as 2
	return (int)c;
}

static bool inlinable(Builder *B, Func *fn) {
	if (ssa_options.no_opt || !fn || fn == B->root || body_cost(fn) > BUDGET ||
	    body_cost(fn) > CALLER_BUDGET - B->inl_cost)
		return false;
	int depth = 0;
	for (int s = B->inl; s; s = ((SsaInlined *)B->f->inlined.data[s - 1])->parent, depth++)
		if (((SsaInlined *)B->f->inlined.data[s - 1])->callee == fn)
			return false;
	return depth < MAX_DEPTH && ssa_builds(fn);
}

Value **inline_call(Builder *B, Func *fn, Value ***args, int *nres) {
	if (!inlinable(B, fn))
		return NULL;
	B->inl_cost += body_cost(fn);
	SsaInlined *site = xcalloc(1, sizeof(SsaInlined));
	*site = (SsaInlined){fn, B->inl, B->pos};
	vec_push(&B->f->inlined, site);
	Func *caller = B->fn;
	int inl = B->inl;
	Block *exit = B->inl_exit;
	Pos pos = B->pos;
	B->inl_exit = new_block(B);
	B->fn = fn;
	B->inl = B->f->inlined.len;
	int a = 0;
	if (fn->recv)
		bind_obj(B, fn->recv, args[a++]);
	for (int i = 0; i < fn->params.len; i++)
		bind_obj(B, fn->params.data[i], args[a++]);
	B->pos = fn->decl->pos;
	for (int i = 0; i < fn->results.len; i++) {
		Obj *r = fn->results.data[i];
		MType mt[SSA_MAX_WORDS];
		Value *zero[SSA_MAX_WORDS];
		int n = words_of(r->type, mt);
		for (int k = 0; k < n; k++)
			zero[k] = constant(B, mt[k], 0);
		bind_obj(B, r, zero);
	}
	stmt(B, node_ext(fn->decl)->body);
	jump(B, B->inl_exit);  // a body without results may end without return
	seal(B, B->inl_exit);
	B->cur = B->inl_exit;
	Value **res = ssa_zalloc(B->f, (SSA_MAX_WORDS * (size_t)fn->results.len + 1) * sizeof(Value *));
	*nres = 0;
	for (int i = 0; i < fn->results.len && !B->failed; i++)
		*nres += read_obj(B, fn->results.data[i], res + *nres);
	B->fn = caller;
	B->inl = inl;
	B->inl_exit = exit;
	B->pos = pos;
	return res;
}

void inline_return(Builder *B, Vec *vals) {
	for (int i = 0, w = 0; i < B->fn->results.len; i++) {
		Obj *r = B->fn->results.data[i];
		bind_obj(B, r, (Value **)vals->data + w);
		w += word_count(r->type);
	}
	free(vals->data);
	jump(B, B->inl_exit);
}
