// walk_expr.c - evaluates expressions into holes: the edges of Go's
// escape.go exprSkipInit, one case per construct.
#include <string.h>
#include "escape_int.h"
#include "constant.h"
#include "ops.h"

bool type_pointerful(Type *t) {
	return t && type_has_pointers(t);
}

// Values of these types are stored in an interface's data word directly,
// so boxing them allocates nothing (Go's types.IsDirectIface).
bool type_direct_iface(Type *t) {
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_PTR: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	case TY_ARRAY:
		return u->len == 1 && type_direct_iface(u->elem);
	case TY_STRUCT:
		return u->fields.len == 1 && type_direct_iface(((Field *)VEC_AT(u->fields, 0))->type);
	default:
		return false;
	}
}

void walk_discard(Batch *b, Node *n) {
	walk_expr(b, discard_hole(b), n);
}

static void discard_list(Batch *b, const Vec *v) {
	for (int i = 0; i < v->len; i++)
		walk_discard(b, VEC_AT(*v, i));
}

void walk_assign_heap(Batch *b, Node *src, const char *why, Node *where) {
	walk_expr(b, hole_note(b, heap_hole(b), where, why), src);
}

static bool is_string_add(Node *n) {
	return n && n->kind == ND_BINARY && !n->is_const && n->op == OP_ADD &&
	       type_is_string(type_under(n->type));
}

// a + b + (c + d): Go turns the chain into one OADDSTR node whose operands
// are all discarded (runtime.concatstrings copies them).
static void discard_string_operands(Batch *b, Node *n) {
	n = esc_unparen(n);
	if (is_string_add(n)) {
		discard_string_operands(b, n->lhs);
		discard_string_operands(b, n->rhs);
		return;
	}
	walk_discard(b, n);
}

// p.Data with p a *reflect.SliceHeader or *reflect.StringHeader: a
// uintptr that Go treats as the pointer it is.
bool is_reflect_header_data(Node *n) {
	n = esc_unparen(n);
	if (!n || n->kind != ND_SELECTOR || !n->name || strcmp(n->name, "Data") != 0 || !n->lhs ||
	    n->lhs->kind != ND_DEREF)
		return false;
	Type *t = n->lhs->type;
	return t && t->kind == TY_NAMED && t->obj && t->obj->name && t->pkg && strcmp(t->pkg, "reflect") == 0 &&
	       (strcmp(t->obj->name, "SliceHeader") == 0 || strcmp(t->obj->name, "StringHeader") == 0);
}

// uintptr arithmetic converted back to unsafe.Pointer: only conversions
// from unsafe.Pointer inside it carry pointers.
void unsafe_value(Batch *b, Hole k, Node *n) {
	n = esc_unparen(n);
	if (!n)
		return;
	if (is_reflect_header_data(n)) {
		walk_expr(b, hole_deref(b, k, n, "reflect.Header.Data"), n->lhs->lhs);
		return;
	}
	switch (n->kind) {
	case ND_CONV:
		if (n->lhs && type_under(n->lhs->type)->kind == TY_UNSAFEPTR)
			walk_expr(b, k, n->lhs);
		else
			walk_discard(b, n->lhs);
		return;
	case ND_UNARY:
		unsafe_value(b, k, n->lhs);
		return;
	case ND_BINARY:
		switch (n->op) {
		case OP_ADD: case OP_SUB: case OP_OR: case OP_XOR: case OP_MUL: case OP_DIV:
		case OP_REM: case OP_AND: case OP_ANDNOT:
			unsafe_value(b, k, n->lhs);
			unsafe_value(b, k, n->rhs);
			return;
		case OP_SHL: case OP_SHR:
			unsafe_value(b, k, n->lhs);
			walk_discard(b, n->rhs);
			return;
		default:
			break;
		}
		break;
	default:
		break;
	}
	walk_discard(b, n);
}

static void conversion(Batch *b, Hole k, Node *n) {
	Type *to = type_under(n->type), *from = n->lhs ? type_under(n->lhs->type) : NULL;
	if (!from) {
		walk_expr(b, k, n->lhs);
		return;
	}
	if (to->kind == TY_UNSAFEPTR && from->kind == TY_UINTPTR) {
		unsafe_value(b, k, n->lhs);
		return;
	}
	bool new_buffer = (to->kind == TY_STRING && (esc_is_byte_or_rune_slice(from) || type_is_integer(from))) ||
	                  (esc_is_byte_or_rune_slice(to) && from->kind == TY_STRING);
	if (new_buffer) {
		spill(b, k, n);
		walk_discard(b, n->lhs);
		return;
	}
	if (to->kind == TY_INTERFACE && from->kind != TY_INTERFACE) {
		if (!type_direct_iface(n->lhs->type))
			k = spill(b, k, n);
		walk_expr(b, hole_note(b, k, n, "interface-converted"), n->lhs);
		return;
	}
	walk_expr(b, k, n->lhs);
}

// A keyed element's implicit interface conversion is reported at its ':'.
static Node *element_value(Node *elt) {
	if (elt && elt->kind == ND_KEYVAL) {
		if (esc_is_implicit_box(elt->rhs))
			esc_set_box_pos(elt->rhs, elt->pos);
		return elt->rhs;
	}
	return elt;
}

static void composite(Batch *b, Hole k, Node *n) {
	Type *u = type_under(n->type);
	switch (u->kind) {
	case TY_SLICE:
		if (esc_is_dotdotdot_arg(n) && node_list(n)->len == 0)
			return; // an empty variadic tail is nil
		k = spill(b, k, n);
		for (int i = 0; i < node_list(n)->len; i++)
			walk_expr(b, hole_note(b, k, n, "slice-literal-element"), element_value(VEC_AT(*node_list(n), i)));
		return;
	case TY_MAP:
		spill(b, k, n);
		for (int i = 0; i < node_list(n)->len; i++) {
			Node *elt = VEC_AT(*node_list(n), i);
			if (elt->kind == ND_KEYVAL) {
				if (esc_is_implicit_box(elt->lhs))
					esc_set_box_pos(elt->lhs, elt->pos);
				walk_assign_heap(b, elt->lhs, "map literal key", n);
				walk_assign_heap(b, element_value(elt), "map literal value", n);
			}
		}
		return;
	case TY_ARRAY:
		for (int i = 0; i < node_list(n)->len; i++)
			walk_expr(b, hole_note(b, k, n, "array literal element"), element_value(VEC_AT(*node_list(n), i)));
		return;
	default:
		for (int i = 0; i < node_list(n)->len; i++)
			walk_expr(b, hole_note(b, k, n, "struct literal element"), element_value(VEC_AT(*node_list(n), i)));
		return;
	}
}

// &T{...}: one new object; the literal's elements flow into it.
static void ptr_literal(Batch *b, Hole k, Node *addr, Node *lit) {
	walk_expr(b, spill(b, k, addr), lit);
}

// m[k] with k converted to the map's interface key type: Go reports the
// conversion where it stands after the whole index expression.
void map_key_box_pos(Node *index) {
	if (esc_is_implicit_box(index->rhs)) {
		Pos p = index->pos;
		esc_cursor_pos(index, &p);
		esc_set_box_pos(index->rhs, p);
	}
}

static bool is_composite(Node *n) {
	n = esc_unparen(n);
	return n && n->kind == ND_COMPOSITE;
}

static void method_value(Batch *b, Hole k, Node *n) {
	Hole closure_k = spill(b, k, n);
	Obj *m = n->obj;
	Func *fn = m && m->kind == OBJ_FUNC ? m->func : NULL;
	Type *sig = type_under(n->type);
	int nres = sig && sig->kind == TY_FUNC ? sig->results.len : 0;
	Hole *ks = pool_zalloc(&b->pool, ((size_t)nres + 1) * sizeof(Hole));
	for (int i = 0; i < nres; i++)
		ks[i] = heap_hole(b);
	Hole pair[2];
	pair[0] = fn ? walk_tag_hole(b, ks, nres, fn, 0) : heap_hole(b);
	pair[1] = closure_k;
	walk_expr(b, tee_hole(b, pair, 2), n->lhs);
}

static void func_literal(Batch *b, Hole k, Node *n) {
	ClosureSite *cs = pool_zalloc(&b->pool, sizeof(ClosureSite));
	cs->k = spill(b, k, n);
	cs->lit = n;
	vec_push(&b->closures, cs);
	mark_captures(b, n);
	Func *saved = b->curfn;
	int saved_depth = b->loopdepth;
	walk_func(b, node_ext(n)->func);
	b->curfn = saved;
	b->loopdepth = saved_depth;
}

static void builtin_expr(Batch *b, Hole k, Node *n) {
	switch (n->builtin) {
	case BI_NEW:
		spill(b, k, n);
		return;
	case BI_MAKE: {
		Type *u = type_under(n->type);
		if (u->kind == TY_SLICE || u->kind == TY_MAP)
			spill(b, k, n);
		discard_list(b, node_list(n));
		return;
	}
	default:
		walk_call(b, &k, 1, n);
		return;
	}
}

void walk_expr(Batch *b, Hole k, Node *n) {
	if (!n)
		return;
	if (k.dst != &b->blank && k.derefs >= 0 && n->type && !type_pointerful(n->type) && !n->is_type)
		k.dst = &b->blank;
	if (n->is_const || n->is_type)
		return;
	switch (n->kind) {
	case ND_IDENT: {
		Loc *l = var_loc(b, n->obj);
		if (l)
			flow(b, k, l);
		return;
	}
	case ND_PAREN:
		walk_expr(b, k, n->lhs);
		return;
	case ND_UNARY:
		switch (n->op) {
		case OP_AND:
			if (is_composite(n->lhs))
				ptr_literal(b, k, n, esc_unparen(n->lhs));
			else
				walk_expr(b, hole_addr(b, k, n, "address-of"), n->lhs);
			return;
		default:
			walk_discard(b, n->lhs);
			return;
		}
	case ND_ADDR:
		if (is_composite(n->lhs))
			ptr_literal(b, k, n, esc_unparen(n->lhs));
		else
			walk_expr(b, hole_addr(b, k, n, "address-of"), n->lhs);
		return;
	case ND_STAR: case ND_DEREF:
		walk_expr(b, hole_deref(b, k, n, "indirection"), n->lhs);
		return;
	case ND_SELECTOR:
		if (n->lhs && n->lhs->kind == ND_DEREF)
			walk_expr(b, hole_deref(b, k, n, "dot of pointer"), n->lhs->lhs);
		else
			walk_expr(b, hole_note(b, k, n, "dot"), n->lhs);
		return;
	case ND_INDEX: {
		Type *u = type_under(n->lhs->type);
		if (u->kind == TY_MAP) {
			walk_discard(b, n->lhs);
			map_key_box_pos(n);
		} else if (u->kind == TY_ARRAY) {
			walk_expr(b, hole_note(b, k, n, "fixed-array-index-of"), n->lhs);
		} else {
			walk_expr(b, hole_deref(b, k, n, "dot of pointer"), n->lhs);
		}
		walk_discard(b, n->rhs);
		return;
	}
	case ND_SLICEEXPR: {
		Hole ks = hole_note(b, k, n, "slice");
		Node *x = n->lhs;
		if (x->kind == ND_DEREF)
			x = x->lhs; // p[i:j] with p *[N]T: slices through the pointer
		else if (type_under(x->type)->kind == TY_ARRAY)
			ks = hole_addr(b, ks, x, "address-of"); // slicing an array takes its address
		walk_expr(b, ks, x);
		walk_discard(b, node_rare(n)->lo);
		walk_discard(b, node_rare(n)->hi);
		walk_discard(b, node_rare(n)->max);
		return;
	}
	case ND_TYPEASSERT: {
		Hole kk = k;
		if (!type_is_interface(n->type) && !type_direct_iface(n->type))
			kk = hole_shift(kk, 1);
		walk_expr(b, hole_note(b, kk, n, "dot"), n->lhs);
		return;
	}
	case ND_CALL:
		walk_call(b, &k, 1, n);
		return;
	case ND_BUILTIN:
		builtin_expr(b, k, n);
		return;
	case ND_COMPOSITE:
		if (type_under(n->type)->kind == TY_PTR) {
			// Elided &T inside a literal of pointers: the element is
			// &T{...} with its own new object.
			Hole inner = spill(b, k, n);
			Type *saved = n->type;
			n->type = type_under(saved)->elem;
			composite(b, inner, n);
			n->type = saved;
			return;
		}
		composite(b, k, n);
		return;
	case ND_FUNCLIT:
		func_literal(b, k, n);
		return;
	case ND_TOIFACE:
		if (n->lhs && !type_is_interface(n->lhs->type) && !type_direct_iface(n->lhs->type))
			k = spill(b, k, n);
		walk_expr(b, hole_note(b, k, n, "interface-converted"), n->lhs);
		return;
	case ND_CONV:
		conversion(b, k, n);
		return;
	case ND_BINARY:
		if (is_string_add(n)) {
			spill(b, k, n);
			discard_string_operands(b, n->lhs);
			discard_string_operands(b, n->rhs);
			return;
		}
		// x == y with one side boxed for the comparison: Go compares
		// without making the box a location, but a shape body boxes a
		// type parameter's value (at the operator)
		for (int i = 0; i < 2; i++) {
			Node *side = i ? n->rhs : n->lhs;
			bool box = esc_is_implicit_box(side);
			if (box && esc_in_shape_body(b->curfn) && esc_tparam_value(side->lhs)) {
				esc_set_box_pos(side, esc_subst_pos(n));
				walk_discard(b, side);
			} else
				walk_discard(b, box ? side->lhs : side);
		}
		return;
	case ND_METHODVAL:
		method_value(b, k, n);
		return;
	case ND_KEYVAL:
		walk_expr(b, k, n->rhs);
		return;
	default:
		return;
	}
}
