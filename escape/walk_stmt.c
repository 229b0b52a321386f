// walk_stmt.c - statements: assignments (and the holes of their
// destinations), declarations, loops (loop depth), returns, switches.
#include <string.h>
#include "escape_int.h"
#include "constant.h"
#include "ops.h"

static bool is_blank(Node *n) {
	n = esc_unparen(n);
	return !n || (n->kind == ND_IDENT && n->name && strcmp(n->name, "_") == 0);
}

// The hole for storing into the location that n denotes.
Hole walk_addr(Batch *b, Node *n) {
	n = esc_unparen(n);
	if (is_blank(n))
		return discard_hole(b);
	switch (n->kind) {
	case ND_IDENT: {
		Loc *l = var_loc(b, n->obj);
		return l ? loc_hole(l) : heap_hole(b); // globals
	}
	case ND_SELECTOR:
		if (n->lhs && n->lhs->kind != ND_DEREF)
			return walk_addr(b, n->lhs);
		walk_discard(b, n);
		return heap_hole(b);
	case ND_INDEX: {
		Type *u = type_under(n->lhs->type);
		if (u->kind == TY_MAP) {
			walk_discard(b, n->lhs);
			map_key_box_pos(n);
			walk_assign_heap(b, n->rhs, "key of map put", n);
			return heap_hole(b);
		}
		walk_discard(b, n->rhs);
		if (u->kind == TY_ARRAY)
			return walk_addr(b, n->lhs);
		walk_discard(b, n->lhs);
		return heap_hole(b);
	}
	default: // *p, p.f through a pointer
		walk_discard(b, n);
		return heap_hole(b);
	}
}

// Sets a newly declared variable's loop depth (Go's ODCL).
static void dcl(Batch *b, Obj *var) {
	Loc *l = var_loc(b, var);
	if (l)
		l->loopdepth = b->loopdepth;
}

// Marks the destinations of an assignment as reassigned, except
// variables declared by this very statement (never for range).
static void reassigned(Batch *b, Hole *ks, Node **lhs, int n, bool is_range) {
	(void)b;
	for (int i = 0; i < n; i++) {
		Loc *l = ks[i].dst;
		Obj *declared = !is_range && lhs && lhs[i] ? esc_declared_obj(lhs[i]) : NULL;
		if (declared && l->var == declared)
			continue;
		l->reassigned = true;
	}
}

// Go's SameSafeExpr: structurally equal, side-effect-free operands.
static bool same_safe_expr(Node *l, Node *r) {
	l = esc_unparen(l);
	r = esc_unparen(r);
	if (!l || !r || l->kind != r->kind)
		return false;
	switch (l->kind) {
	case ND_IDENT:
		return l->obj && l->obj == r->obj;
	case ND_SELECTOR:
		return l->field_index == r->field_index && l->name && r->name && strcmp(l->name, r->name) == 0 &&
		       same_safe_expr(l->lhs, r->lhs);
	case ND_STAR: case ND_DEREF:
		return same_safe_expr(l->lhs, r->lhs);
	case ND_INDEX:
		return same_safe_expr(l->lhs, r->lhs) && same_safe_expr(l->rhs, r->rhs);
	case ND_CONV:
		return type_identical(l->type, r->type) && same_safe_expr(l->lhs, r->lhs);
	default:
		if (l->is_const && r->is_const && node_cval(l)->kind == CV_INT && node_cval(r)->kind == CV_INT)
			return node_cval(l)->i == node_cval(r)->i;
		return false;
	}
}

static bool may_affect_memory(Node *n) {
	n = esc_unparen(n);
	if (!n || n->is_const)
		return false;
	switch (n->kind) {
	case ND_IDENT: case ND_NIL:
		return false;
	case ND_BINARY:
		switch (n->op) {
		case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: case OP_MUL: case OP_SHL: case OP_SHR:
		case OP_AND: case OP_ANDNOT: case OP_DIV: case OP_REM:
			return may_affect_memory(n->lhs) || may_affect_memory(n->rhs);
		default:
			return true;
		}
	case ND_INDEX:
		return may_affect_memory(n->lhs) || may_affect_memory(n->rhs);
	case ND_CONV: case ND_SELECTOR: case ND_STAR: case ND_DEREF:
		return may_affect_memory(n->lhs);
	case ND_UNARY:
		return n->op == OP_ARROW || n->op == OP_AND || may_affect_memory(n->lhs);
	case ND_BUILTIN:
		if (n->builtin == BI_LEN || n->builtin == BI_CAP)
			return node_list(n)->len > 0 && may_affect_memory(VEC_AT(*node_list(n), 0));
		return true;
	default:
		return true;
	}
}

// p of *p or of p.f through a pointer (Go's ODEREF / ODOTPTR operand).
static Node *deref_base(Node *n) {
	n = esc_unparen(n);
	if (!n)
		return NULL;
	if (n->kind == ND_STAR || n->kind == ND_DEREF)
		return esc_unparen(n->lhs);
	if (n->kind == ND_SELECTOR && n->lhs && n->lhs->kind == ND_DEREF)
		return esc_unparen(n->lhs->lhs);
	return NULL;
}

static bool is_slice_self_assign(Node *dst, Node *src) {
	Node *dx = deref_base(dst);
	if (!dx || dx->kind != ND_IDENT)
		return false;
	src = esc_unparen(src);
	if (!src || src->kind != ND_SLICEEXPR)
		return false;
	Node *base = src->lhs;
	if (base->kind == ND_DEREF)
		base = base->lhs; // p[i:j] with p a pointer to an array
	else if (type_under(base->type)->kind == TY_ARRAY)
		return false; // implicit &: a new pointer into the object
	Node *bx = deref_base(base);
	return bx && bx->kind == ND_IDENT && bx->obj == dx->obj;
}

static bool is_self_assign(Node *dst, Node *src) {
	if (is_slice_self_assign(dst, src))
		return true;
	dst = esc_unparen(dst);
	src = esc_unparen(src);
	if (!dst || !src || dst->kind != src->kind)
		return false;
	switch (dst->kind) {
	case ND_SELECTOR: {
		bool dptr = dst->lhs && dst->lhs->kind == ND_DEREF, sptr = src->lhs && src->lhs->kind == ND_DEREF;
		if (dptr != sptr)
			return false;
		return dptr ? same_safe_expr(dst->lhs->lhs, src->lhs->lhs) : same_safe_expr(dst->lhs, src->lhs);
	}
	case ND_INDEX:
		if (may_affect_memory(dst->rhs) || may_affect_memory(src->rhs))
			return false;
		return same_safe_expr(dst->lhs, src->lhs);
	default:
		return false;
	}
}

// Where Go reports the implicit interface conversions of a statement's
// right-hand sides (the compiler's "current position" when it inserted
// them): assignments at the last destination; var declarations at the
// last name read; returns at the operand, or the last name read for
// plain names.
static void stmt_box_positions(Batch *b, Node *s, const Vec *lhs, const Vec *rhs) {
	int boxes = 0;
	for (int i = 0; i < rhs->len; i++)
		boxes += esc_is_implicit_box(esc_unparen(VEC_AT(*rhs, i)));
	if (!boxes)
		return; // (finding the position walks the operands)
	Pos p = s->pos;
	bool have = false;
	if (esc_in_shape_body(b->curfn)) { // see esc_subst_pos; a result converts at itself
		p = esc_subst_pos(s);
		for (int i = 0; i < rhs->len; i++) {
			Node *r = esc_unparen(VEC_AT(*rhs, i));
			if (!esc_is_implicit_box(r))
				continue;
			Node *inner = esc_unparen(r->lhs);
			esc_set_box_pos(r, s->kind == ND_RETURN && esc_unique_pos(inner) ? inner->pos : p);
		}
		return;
	}
	if (s->kind == ND_ASSIGN && lhs->len > 0) {
		p = node_start_pos(VEC_AT(*lhs, lhs->len - 1));
		have = true;
	} else {
		for (int i = 0; i < rhs->len; i++)
			have |= esc_cursor_pos(VEC_AT(*rhs, i), &p);
		if (!have && s->kind == ND_VARSPEC && lhs->len > 0) {
			p = ((Node *)VEC_AT(*lhs, 0))->pos; // all constants: the first name
			have = true;
		}
	}
	if (!have)
		return;
	bool have_prev = false;
	Pos prev = p;
	for (int i = 0; i < rhs->len; i++) {
		Node *r = esc_unparen(VEC_AT(*rhs, i));
		Node *inner = esc_is_implicit_box(r) ? esc_unparen(r->lhs) : r;
		bool name = esc_is_var_name(inner);
		if (esc_is_implicit_box(r)) {
			if (s->kind != ND_RETURN)
				esc_set_box_pos(r, p);
			else if (name)
				esc_set_box_pos(r, have_prev ? prev : p);
		}
		if (inner && !name && !inner->is_const) {
			prev = inner->pos;
			have_prev = true;
		}
	}
}

// dsts = srcs, element-wise (srcs may be shorter: v, ok forms).
static void assign_list(Batch *b, Node **dsts, Hole *ks, int n, Node **srcs, int nsrc, const char *why,
                        Node *where, bool mark) {
	for (int i = 0; i < n; i++) {
		Node *src = i < nsrc ? srcs[i] : NULL;
		Hole k = ks[i];
		if (dsts && dsts[i] && src && is_reflect_header_data(dsts[i])) {
			unsafe_value(b, hole_note(b, heap_hole(b), where, why), src);
			continue;
		}
		if (dsts && dsts[i] && src && is_self_assign(dsts[i], src)) {
			say_self_assign(b, where);
			k = discard_hole(b);
		}
		if (src)
			walk_expr(b, hole_note(b, k, where, why), src);
	}
	if (mark)
		reassigned(b, ks, dsts, n, false);
}

static const char *comma_ok_why(Node *rhs) {
	rhs = esc_unparen(rhs);
	switch (rhs->kind) {
	case ND_INDEX: return "assign-pair-mapr";
	case ND_TYPEASSERT: return "assign-pair-dot-type";
	default: return "assign-pair-receive";
	}
}

// Shared by =, := and var: lhs and rhs are expression vectors.
// x, y = g() where a variable's type is not g's result's: gc's
// typechecker goes through temporaries (esc_spread_results).
static bool converts_results(Node **dsts, int n, Node *call) {
	if (!call->type || call->type->kind != TY_TUPLE || call->type->results.len != n)
		return false;
	for (int i = 0; i < n; i++)
		if (!is_blank(dsts[i]) && dsts[i]->type && !type_identical(dsts[i]->type, VEC_AT(call->type->results, i)))
			return true;
	return false;
}

static void assignment(Batch *b, Node *s, const Vec *lhs, const Vec *rhs) {
	int n = lhs->len;
	Node **dsts = (Node **)lhs->data;
	Hole *ks = pool_zalloc(&b->pool, ((size_t)n + 1) * sizeof(Hole));
	for (int i = 0; i < n; i++)
		ks[i] = walk_addr(b, dsts[i]);
	if (rhs->len == n) {
		stmt_box_positions(b, s, lhs, rhs);
		assign_list(b, dsts, ks, n, (Node **)rhs->data, n, n > 1 ? "assign-pair" : "assign", s, true);
		return;
	}
	if (rhs->len != 1)
		return;
	Node *r = esc_unparen(VEC_AT(*rhs, 0));
	if (r && (r->kind == ND_CALL || r->kind == ND_BUILTIN) && !r->comma_ok) {
		if (r->kind == ND_CALL && converts_results(dsts, n, r)) {
			Type **to = pool_zalloc(&b->pool, ((size_t)n + 1) * sizeof(Type *));
			for (int i = 0; i < n; i++)
				to[i] = is_blank(dsts[i]) ? NULL : dsts[i]->type;
			esc_spread_results(b, ks, to, r, dsts[n - 1]->pos, s, "assign");
		} else {
			walk_call(b, ks, n, r);
		}
		reassigned(b, ks, dsts, n, false);
		return;
	}
	assign_list(b, dsts, ks, n, (Node **)rhs->data, 1, comma_ok_why(r), s, true);
}

static void var_spec(Batch *b, Node *spec) {
	for (int i = 0; i < node_ext(spec)->names.len; i++) {
		Node *id = VEC_AT(node_ext(spec)->names, i);
		if (id->obj)
			dcl(b, id->obj);
	}
	if (spec->rlist.len > 0)
		assignment(b, spec, &node_ext_mut(spec)->names, &spec->rlist);
}

static void range_stmt(Batch *b, Node *n) {
	Loc *tmp = new_loc(b, NULL, NULL, false);
	walk_expr(b, loc_hole(tmp), n->rhs);
	Node *key = node_list(n)->len > 0 ? VEC_AT(*node_list(n), 0) : NULL;
	Node *val = node_list(n)->len > 1 ? VEC_AT(*node_list(n), 1) : NULL;
	// for k, v := range x declares k and v before the loop (gc's
	// "var v T" in the range's init), at the enclosing loop depth
	Obj *kv[2] = {esc_declared_obj(key), esc_declared_obj(val)};
	for (int i = 0; i < 2; i++)
		if (kv[i])
			dcl(b, kv[i]);
	b->loopdepth++;
	Hole ks[2] = {walk_addr(b, key), walk_addr(b, val)};
	if (type_under(n->rhs->type)->kind == TY_ARRAY)
		flow(b, hole_note(b, ks[1], n, "range"), tmp);
	else
		flow(b, hole_deref(b, ks[1], n, "range-deref"), tmp);
	reassigned(b, ks, NULL, 2, true);
	walk_block(b, node_ext(n)->body);
	b->loopdepth--;
}

// The variable a type switch clause binds (the checker declares one per
// clause: ND_CASE.obj), or NULL.
static Obj *clause_var(Node *cas) {
	return cas->obj && cas->obj->kind == OBJ_VAR ? cas->obj : NULL;
}

static void type_switch(Batch *b, Node *n) {
	walk_stmt(b, node_ext(n)->init);
	Hole *ks = pool_zalloc(&b->pool, ((size_t)node_list(n)->len + 1) * sizeof(Hole));
	int nk = 0;
	if (n->name) {
		for (int i = 0; i < node_list(n)->len; i++) {
			Node *cas = VEC_AT(*node_list(n), i);
			Obj *v = clause_var(cas);
			if (!v)
				continue;
			esc_set_var_pos(v, cas->pos);
			dcl(b, v);
			Loc *l = var_loc(b, v);
			if (!l || !type_pointerful(v->type))
				continue;
			Hole k = loc_hole(l);
			if (!type_is_interface(v->type) && !type_direct_iface(v->type))
				k = hole_shift(k, 1);
			ks[nk++] = hole_note(b, k, cas, "switch case");
		}
	}
	walk_expr(b, tee_hole(b, ks, nk), n->lhs);
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *cas = VEC_AT(*node_list(n), i);
		walk_block(b, node_ext(cas)->body);
	}
}

static void return_stmt(Batch *b, Node *n) {
	Func *fn = b->curfn;
	int nr = fn->results.len;
	Hole *ks = pool_zalloc(&b->pool, ((size_t)nr + 1) * sizeof(Hole));
	for (int i = 0; i < nr; i++) {
		Loc *l = var_loc(b, VEC_AT(fn->results, i));
		ks[i] = l ? loc_hole(l) : discard_hole(b);
	}
	if (node_list(n)->len == nr) {
		Vec none = {0};
		stmt_box_positions(b, n, &none, node_list(n));
		assign_list(b, NULL, ks, nr, (Node **)node_list(n)->data, nr, "return", n, false);
	} else if (node_list(n)->len == 1) {
		Node *call = esc_unparen(VEC_AT(*node_list(n), 0));
		Type **to = pool_zalloc(&b->pool, ((size_t)nr + 1) * sizeof(Type *));
		for (int i = 0; i < nr; i++)
			to[i] = ((Obj *)VEC_AT(fn->results, i))->type;
		esc_spread_results(b, ks, to, call, call->pos, n, "return");
	}
	// Every return, bare ones too, assigns all the results: a closure
	// capturing a result must see the returned value, so by reference.
	reassigned(b, ks, NULL, nr, false);
}

static void discard_leaf(Node *leaf, void *b) {
	walk_discard(b, leaf);
}

// In a shape body gc converts a switch's tag and cases to interfaces
// after substituting the whole statement: where that leaves it.
static void switch_box_positions(Batch *b, Node *n) {
	if (!esc_in_shape_body(b->curfn))
		return;
	Pos p = esc_subst_pos(n);
	if (esc_is_implicit_box(esc_unparen(node_ext(n)->cond)))
		esc_set_box_pos(esc_unparen(node_ext(n)->cond), p);
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *cas = VEC_AT(*node_list(n), i);
		for (int j = 0; j < node_list(cas)->len; j++)
			if (esc_is_implicit_box(esc_unparen(VEC_AT(*node_list(cas), j))))
				esc_set_box_pos(esc_unparen(VEC_AT(*node_list(cas), j)), p);
	}
}

// A concrete case value of an interface switch: gc's typechecker leaves
// it unconverted and its walk compares type words and data without a box,
// so there is no allocation site to report (an instance of a generic body
// converts it by dictionary, a box gc reports). The checker's box stays on
// the stack: it dies with the comparison.
static void case_value(Batch *b, Node *v) {
	Node *box = esc_unparen(v);
	if (!esc_is_implicit_box(box) || esc_in_shape_body(b->curfn)) {
		walk_discard(b, v);
		return;
	}
	box->esc = ESC_STACK;
	box->esc_reason = "only compared";
	walk_discard(b, box->lhs);
}

static void walk_switch(Batch *b, Node *n) {
	switch_box_positions(b, n);
	walk_stmt(b, node_ext(n)->init);
	walk_discard(b, node_ext(n)->cond);
	int live = live_clause(n);
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *cas = VEC_AT(*node_list(n), i);
		if (live != -1 && i != live)
			continue;
		for (int j = 0; j < node_list(cas)->len; j++)
			case_value(b, VEC_AT(*node_list(cas), j));
		walk_block(b, node_ext(cas)->body);
	}
}

static bool label_is_looping(Batch *b, Node *n) {
	return ptrmap_get(&func_info(b->curfn)->labels, n) != NULL;
}

// A statement body: a looping label inside it deepens the loop depth
// only up to the end of the body (Go's escape.block).
void walk_block(Batch *b, Node *n) {
	int saved = b->loopdepth;
	walk_stmt(b, n);
	b->loopdepth = saved;
}

void walk_stmt(Batch *b, Node *n) {
	if (!n)
		return;
	switch (n->kind) {
	case ND_BLOCK: {
		int live = live_stmts(n);
		for (int i = 0; i < live; i++)
			walk_stmt(b, VEC_AT(*node_list(n), i));
		return;
	}
	case ND_EXPRSTMT: {
		Node *x = esc_unparen(n->lhs);
		if (x && (x->kind == ND_CALL || x->kind == ND_BUILTIN))
			walk_call(b, NULL, 0, x);
		else
			walk_discard(b, x);
		return;
	}
	case ND_ASSIGN: case ND_DEFINE:
		if (n->kind == ND_DEFINE)
			for (int i = 0; i < node_list(n)->len; i++) {
				Obj *o = esc_declared_obj(VEC_AT(*node_list(n), i));
				if (o)
					dcl(b, o);
			}
		Node *outer = b->defining;
		b->defining = n->kind == ND_DEFINE ? n : NULL;
		assignment(b, n, node_list(n), &n->rlist);
		b->defining = outer;
		return;
	case ND_INCDEC: {
		Hole k = walk_addr(b, n->lhs);
		reassigned(b, &k, NULL, 1, false);
		return;
	}
	case ND_SEND:
		if (esc_is_implicit_box(esc_unparen(n->rhs))) {
			// converted after walking both operands: where that walk ended
			Pos p = n->pos;
			if (esc_in_shape_body(b->curfn))
				p = esc_subst_pos(n);
			else {
				esc_cursor_pos(n->lhs, &p);
				esc_cursor_pos(n->rhs, &p);
			}
			esc_set_box_pos(esc_unparen(n->rhs), p);
		}
		walk_discard(b, n->lhs);
		walk_assign_heap(b, n->rhs, "send", n);
		return;
	case ND_DECLSTMT:
		for (int i = 0; i < node_list(n)->len; i++) {
			Node *spec = VEC_AT(*node_list(n), i);
			if (spec->kind == ND_VARSPEC)
				var_spec(b, spec);
		}
		return;
	case ND_VARSPEC:
		var_spec(b, n);
		return;
	case ND_IF:
		// Go removes the dead branch of a constant condition first.
		walk_stmt(b, node_ext(n)->init);
		cond_leaves(node_ext(n)->cond, discard_leaf, b);
		bool v, known = const_bool(node_ext(n)->cond, &v);
		if (!known || v)
			walk_block(b, node_ext(n)->then);
		if (!known || !v)
			walk_block(b, node_ext(n)->els);
		return;
	case ND_FOR:
		walk_stmt(b, node_ext(n)->init);
		b->loopdepth++;
		walk_discard(b, node_ext(n)->cond);
		walk_stmt(b, node_ext(n)->post);
		walk_block(b, node_ext(n)->body);
		b->loopdepth--;
		return;
	case ND_RANGE:
		range_stmt(b, n);
		return;
	case ND_SWITCH:
		walk_switch(b, n);
		return;
	case ND_TYPESWITCH:
		type_switch(b, n);
		return;
	case ND_SELECT:
		for (int i = 0; i < node_list(n)->len; i++) {
			Node *cc = VEC_AT(*node_list(n), i);
			walk_stmt(b, cc->lhs);
			walk_block(b, node_ext(cc)->body);
		}
		return;
	case ND_RETURN:
		return_stmt(b, n);
		return;
	case ND_GO: case ND_DEFER:
		walk_go_defer(b, n);
		return;
	case ND_LABELED:
		if (label_is_looping(b, n))
			b->loopdepth++;
		walk_stmt(b, n->lhs);
		return;
	default:
		return;
	}
}

void walk_func(Batch *b, Func *fn) {
	func_info(fn)->walked = true;
	b->curfn = fn;
	b->loopdepth = 1;
	if (fn->decl && node_ext(fn->decl)->body) {
		func_info(fn)->stencil_vars += func_info(fn)->stencil_found;
		walk_block(b, node_ext(fn->decl)->body);
	}
	esc_finish_autotmps(fn);
}
