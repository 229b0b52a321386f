// check_assign.c - assignability, the conversion of untyped values to
// their context's type, and assignments (=, op=, :=, var initialisers).
#include <stdlib.h>
#include <string.h>
#include "check.h"

static bool nillable(Type *t) {
	switch (type_under(t)->kind) {
	case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE: case TY_UNSAFEPTR:
		return true;
	default:
		return false;
	}
}

// Gives an untyped expression tree its final type, converting constant
// values to the type's representation on the way down.
static void set_type_rec(Node *n, Type *t);

// set_type_rec for an untyped n whose own value (if constant) is done.
static void set_type_below(Node *n, Type *t) {
	n->type = t;
	switch (n->kind) {
	case ND_PAREN: case ND_UNARY:
		set_type_rec(n->lhs, t);
		break;
	case ND_BINARY: {
		Op op = n->op;
		if (op_is_comparison(op))
			break;
		set_type_rec(n->lhs, t);
		if (op != OP_SHL && op != OP_SHR)
			set_type_rec(n->rhs, t);
		break;
	}
	default:
		break;
	}
}

static void set_type_rec(Node *n, Type *t) {
	if (!n || !type_is_untyped(n->type))
		return;
	if (n->is_const) {
		ConstVal v;
		if (const_represent(*node_cval(n), t, &v) == REPR_OK)
			n->cval = const_new(v);
	}
	set_type_below(n, t);
}

void settle_folded(Node *x) {
	if (type_is_untyped(x->type) && x->type != ty_untyped_nil)
		set_type_rec(x, type_default(x->type));
}

// Is n (or a subexpression giving it its type) a shift of an untyped constant by a variable?
static Node *delayed_shift(Node *n) {
	n = unparen(n);
	if (!n || n->is_const)
		return NULL;
	if (n->kind == ND_BINARY) {
		Op op = n->op;
		if (op == OP_SHL || op == OP_SHR)
			return n;
		if (!op_is_comparison(op)) {
			Node *s = delayed_shift(n->lhs);
			return s ? s : delayed_shift(n->rhs);
		}
	}
	if (n->kind == ND_UNARY)
		return delayed_shift(n->lhs);
	return NULL;
}

// x, an untyped constant, has no value in target: gc's message, with the
// context of an assignment or as a conversion.
static bool cannot_use(Node *x, Type *target, const char *context) {
	if (context)
		error_at(expr_pos(x), "cannot use %s as %s value in %s", operand_string(x), tstr(target), context);
	else
		error_at(expr_pos(x), "cannot convert %s to type %s", operand_string(x), tstr(target));
	set_invalid(x);
	return false;
}

bool convert_untyped(Node *x, Type *target, const char *context) {
	if (!x || is_invalid(x) || !type_is_untyped(x->type))
		return !is_invalid(x);
	if (x->type == ty_untyped_nil) {
		if (!target || type_is_untyped(target)) {
			if (context)
				error_at(expr_pos(x), "use of untyped nil in %s", context);
			else
				error_at(expr_pos(x), "use of untyped nil");
			set_invalid(x);
			return false;
		}
		if (!nillable(target) || opaque_stand_in(target)) { // a type parameter's set has no core type
			if (context)
				error_at(expr_pos(x), "cannot use nil as %s value in %s", tstr(target), context);
			else
				error_at(expr_pos(x), "cannot convert nil to %s", tstr(target));
			set_invalid(x);
			return false;
		}
		x->kind = ND_NIL;
		x->type = target;
		return true;
	}
	if (opaque_stand_in(target)) // no constant is in every type of the set
		return cannot_use(x, target, context);
	if (!target || type_is_interface(target))
		target = type_default(x->type);
	if (type_is_untyped(target)) {
		set_type_rec(x, target);
		return true;
	}
	if (x->is_const) {
		ConstVal v;
		Repr r = const_represent(*node_cval(x), target, &v);
		if (r != REPR_OK) {
			const char *why = r == REPR_OVERFLOW ? "overflows" : "truncated";
			// a type parameter's set as a whole: Go gives no reason
			if (r == REPR_MISMATCH || stand_in_constraint(target))
				return cannot_use(x, target, context);
			if (context)
				error_at(expr_pos(x), "cannot use %s as %s value in %s (%s)", operand_string(x), tstr(target),
				         context, why);
			else
				error_at(expr_pos(x), "%s %s %s", operand_string(x), r == REPR_OVERFLOW ? "overflows" : "truncated to",
				         tstr(target));
			set_invalid(x);
			return false;
		}
		x->cval = const_new(v); // what set_type_rec would represent again
		set_type_below(x, target);
		return true;
	} else {
		Type *u = type_under(target);
		bool ok = x->type == ty_untyped_bool ? u->kind == TY_BOOL
		        : type_is_string(x->type)   ? type_is_string(u)
		                                    : type_is_numeric(u);
		if (!ok)
			return cannot_use(x, target, context);
		Node *s = delayed_shift(x);
		if (s && !type_is_integer(u)) {
			error_at(expr_pos(s), "invalid operation: shifted operand %s (type %s) must be integer",
			         expr_string(s->lhs), tstr(target));
			set_invalid(x);
			return false;
		}
	}
	set_type_rec(x, target);
	return true;
}

// Go's "defined types": predeclared basic types count as named.
static bool is_named(Type *t) {
	return t->kind == TY_NAMED || (t->kind < TY_PTR && !type_is_untyped(t));
}

bool assignable_to(Node *x, Type *t, const char **why) {
	Type *v = x->type;
	*why = NULL;
	if (!v || !t || v == ty_invalid || t == ty_invalid)
		return true; // already reported
	if (type_identical(v, t))
		return true;
	Type *vu = type_under(v), *tu = type_under(t);
	if (type_is_untyped(v)) {
		if (v == ty_untyped_nil)
			return nillable(t);
		if (tu->kind == TY_INTERFACE)
			return tu->methods.len == 0 || implements(type_default(v), t, why);
		if (v == ty_untyped_bool)
			return tu->kind == TY_BOOL;
		if (v == ty_untyped_string)
			return tu->kind == TY_STRING;
		return type_is_numeric(tu);
	}
	if (type_identical(vu, tu) && (!is_named(v) || !is_named(t)))
		return true;
	if (tu->kind == TY_INTERFACE)
		return implements(v, t, why);
	if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->chan_dir == 0 && type_identical(vu->elem, tu->elem) &&
	    (!is_named(v) || !is_named(t)))
		return true;
	return false;
}

static bool assign_check(Node *x, Type *t, const char *context, bool rewrite) {
	if (!x || is_invalid(x) || !t || t == ty_invalid)
		return false;
	if (type_is_untyped(x->type) && !convert_untyped(x, t, context))
		return false;
	const char *why;
	if (!assignable_to(x, t, &why)) {
		if (why)
			error_at(expr_pos(x), "cannot use %s as type %s in %s:\n\t%s does not implement %s %s", operand_string(x),
			         tstr(t), context, tstr(x->type), tstr(t), why);
		else
			error_at(expr_pos(x), "cannot use %s as type %s in %s", operand_string(x), tstr(t), context);
		return false;
	}
	if (rewrite && type_is_interface(t) && x->kind != ND_NIL) {
		if (!type_is_interface(x->type))
			node_wrap(x, ND_TOIFACE, t);
		else if (!type_identical(x->type, t))
			node_wrap(x, ND_CONV, t);
	}
	return true;
}

bool assign_value(Node *x, Type *t, const char *context) {
	return assign_check(x, t, context, true);
}

// Like Go's escape analysis: storing into x, x.f or x[i] of an array
// reassigns x (stores through pointers or into slices do not).
void mark_assigned(Node *lhs) {
	Obj *v = storage_var(lhs);
	if (v)
		v->reassigned = true;
}

// The left side of '=': returns its type, NULL for the blank identifier.
static Type *check_lhs(Node *l) {
	Node *u = unparen(l);
	if (!u)
		return ty_invalid;
	if (u->kind == ND_IDENT && !strcmp(u->name, "_")) {
		u->type = ty_invalid;
		return NULL;
	}
	if (u->kind == ND_IDENT) {
		Obj *o = lookup_name(u->name);
		if (o && o->kind == OBJ_VAR) {
			// assigning is not using: "declared but not used" still applies
			u->obj = o;
			ref_obj(o);
			u->type = o->type ? o->type : ty_invalid;
			if (l != u)
				l->type = u->type;
			mark_assigned(u);
			return u->type;
		}
	}
	check_expr(l);
	if (is_invalid(l))
		return ty_invalid;
	if (is_addressable(l) || is_map_index(l)) {
		mark_assigned(l);
		return l->type;
	}
	if (u->kind == ND_SELECTOR && is_map_index(u->lhs))
		error_at(expr_pos(l), "cannot assign to struct field %s in map", expr_string(l));
	else
		error_at(expr_pos(l), "cannot assign to %s", operand_string(l));
	return ty_invalid;
}

// k arrays of n (or 1) NULL pointers, one after the other in one block:
// the destinations of an assignment's names, while it is checked.
static void **name_slots(int k, int n) {
	return xcalloc((size_t)k * (size_t)(n ? n : 1), sizeof(void *));
}

static bool comma_ok_form(Node *r) {
	Node *u = unparen(r);
	if (!u)
		return false;
	if (u->kind == ND_TYPEASSERT && u->rhs)
		return true;
	if (u->kind == ND_UNARY && u->op == OP_ARROW)
		return true;
	return u->kind == ND_INDEX && u->lhs && u->lhs->type && type_under(u->lhs->type)->kind == TY_MAP;
}

static const char *plural(int n, const char *word) {
	return xasprintf("%d %s%s", n, word, n == 1 ? "" : "s");
}

// Assigns the values rhs to destinations of types dst[0..n) (NULL: the
// blank identifier or a variable whose type is inferred, then set in
// *inferred). Handles n:n, tuple calls and comma-ok forms.
// Like types2, a variable whose assignment failed counts as used (no
// follow-on "declared but not used").
static void assign_to(Node *x, Type *t, const char *context, bool rewrite, Obj *var) {
	if (!assign_check(x, t, context, rewrite) && var)
		var->used = true;
}

// Checks n = rhs for destinations of types dst (NULL: infer into
// inferred[i]); vars[i] (optional) is the variable assigned.
static void assign_values(Type **dst, Type **inferred, Obj **vars, int n, Vec *rhs, const char *context, Pos pos) {
	int m = rhs->len;
	// Go's mismatch message names a lone call's function and points at
	// the start of the call as written (before method calls are rewritten)
	Node *call = m == 1 ? unparen(rhs->data[0]) : NULL;
	const char *fun = call && call->kind == ND_CALL && call->lhs ? expr_string(call->lhs) : NULL;
	Pos at = m ? expr_pos(rhs->data[0]) : pos;
	int values = m;
	if (m == 1) {
		Node *r = rhs->data[0];
		check_multi(r);
		if (is_invalid(r))
			goto fail;
		Type *rt = r->type;
		bool multi = rt->kind == TY_TUPLE && rt->results.len >= 2;
		if (n == 2 && comma_ok_form(r)) {
			unparen(r)->comma_ok = true;
			r->comma_ok = true;
			if (dst[0])
				assign_to(r, dst[0], context, false, vars ? vars[0] : NULL);
			else if (inferred)
				inferred[0] = rt;
			Node ok = {.kind = ND_IDENT, .type = ty_untyped_bool, .name = "ok", .pos = r->pos};
			if (dst[1])
				assign_to(&ok, dst[1], context, false, vars ? vars[1] : NULL);
			else if (inferred)
				inferred[1] = ty_bool;
			return;
		}
		if (multi && rt->results.len == n) {
			for (int i = 0; i < n; i++) {
				Node tmp = {.kind = ND_CALL, .type = rt->results.data[i], .pos = r->pos, .lhs = r->lhs};
				if (dst[i])
					assign_to(&tmp, dst[i], context, false, vars ? vars[i] : NULL);
				else if (inferred)
					inferred[i] = rt->results.data[i];
			}
			return;
		}
		if (multi)
			values = rt->results.len;
		if (multi || n != 1)
			goto mismatch;
	}
	if (m == n) {
		for (int i = 0; i < n; i++) {
			Node *r = rhs->data[i];
			check_expr(r);
			if (dst[i]) {
				assign_to(r, dst[i], context, true, vars ? vars[i] : NULL);
			} else if (!is_invalid(r)) {
				if (type_is_untyped(r->type))
					convert_untyped(r, NULL, inferred ? context : "assignment to _ identifier");
				if (inferred)
					inferred[i] = r->type;
			}
			if (inferred && !inferred[i] && !dst[i])
				inferred[i] = ty_invalid;
		}
		return;
	}
	for (int i = 0; i < m; i++)
		check_expr(rhs->data[i]);
mismatch:
	if (fun)
		error_at(at, "assignment mismatch: %s but %s returns %s", plural(n, "variable"), fun, plural(values, "value"));
	else
		error_at(at, "assignment mismatch: %s but %s", plural(n, "variable"), plural(values, "value"));
	// like types2, no follow-on "declared but not used" for these variables
	for (int i = 0; vars && i < n; i++)
		if (vars[i])
			vars[i]->used = true;
fail:
	for (int i = 0; inferred && i < n; i++)
		if (!dst[i])
			inferred[i] = ty_invalid;
}

void check_assign_stmt(Node *s) {
	Op op = s->op;
	if (op != OP_ASSIGN && op != OP_NONE) {
		Node *l = node_list(s)->len ? node_list(s)->data[0] : NULL, *r = s->rlist.len ? s->rlist.data[0] : NULL;
		if (!l || !r)
			return;
		check_expr(l);
		check_expr(r);
		Type *lt = check_lhs(l);
		Node b = {.kind = ND_BINARY, .op = s->op, .pos = s->pos, .lhs = l, .rhs = r};
		check_assign_op(&b);
		if (!is_invalid(&b) && lt && lt != ty_invalid && type_is_untyped(r->type))
			convert_untyped(r, op == OP_SHL || op == OP_SHR ? ty_uint : lt, "assignment");
		mark_assigned(l);
		return;
	}
	int n = node_list(s)->len;
	void **slots = name_slots(2, n);
	Type **dst = (Type **)slots;
	Obj **vars = (Obj **)slots + n;
	for (int i = 0; i < n; i++) {
		dst[i] = check_lhs(node_list(s)->data[i]);
		Node *u = unparen(node_list(s)->data[i]);
		if (u && u->kind == ND_IDENT && u->obj && u->obj->kind == OBJ_VAR)
			vars[i] = u->obj;
	}
	assign_values(dst, NULL, vars, n, &s->rlist, "assignment", s->pos);
	free(slots);
}

void check_define_stmt(Node *s) {
	int n = node_list(s)->len;
	void **slots = name_slots(4, n);
	Obj **objs = (Obj **)slots;
	Type **dst = (Type **)slots + n;
	Type **inferred = (Type **)slots + 2 * n;
	Obj **objs_old = (Obj **)slots + 3 * n; // redeclared variables
	bool any_new = false;
	for (int i = 0; i < n; i++) {
		Node *l = node_list(s)->data[i];
		if (!l || l->kind != ND_IDENT) {
			if (l)
				check_expr(l);
			error_at(l ? expr_pos(l) : s->pos, "non-name %s on left side of :=", l ? expr_string(l) : "?");
			dst[i] = ty_invalid;
			continue;
		}
		for (int j = 0; j < i; j++) {
			Node *p = node_list(s)->data[j];
			if (p && p->kind == ND_IDENT && strcmp(l->name, "_") && !strcmp(p->name, l->name))
				error_at(l->pos, "%s repeated on left side of :=", l->name);
		}
		if (!strcmp(l->name, "_")) {
			l->type = ty_invalid;
			continue;
		}
		Obj *old = scope_lookup_local(ck.scope, l->name);
		if (old && old->kind == OBJ_VAR) {
			l->obj = old;
			ref_obj(old);
			l->type = old->type;
			old->reassigned = true;
			dst[i] = old->type;
			objs_old[i] = old;
			continue;
		}
		any_new = true;
		objs[i] = new_obj(OBJ_VAR, l->name, l->pos);
		objs[i]->decl = l;
	}
	if (!any_new)
		error_at(s->pos, "no new variables on left side of :=");
	assign_values(dst, inferred, objs_old, n, &s->rlist, "assignment", s->pos);
	for (int i = 0; i < n; i++) {
		if (!objs[i])
			continue;
		Node *l = node_list(s)->data[i];
		Type *t = inferred[i] ? inferred[i] : ty_invalid;
		if (t == ty_untyped_nil) {
			error_at(expr_pos(s->rlist.data[i]), "use of untyped nil in assignment");
			t = ty_invalid;
		}
		objs[i]->type = t;
		l->type = t;
		l->obj = objs[i];
		declare_obj(ck.scope, objs[i]);
		record_local(objs[i]);
	}
	free(slots);
}

// var x, y T = a, b  (local or package level): declares nothing, only types
// the objects and checks the values.
void check_var_init(Obj **objs, int n, Node *spec, const char *context) {
	Type *declared = spec->lhs ? check_typexpr(spec->lhs) : NULL;
	void **slots = name_slots(2, n);
	Type **dst = (Type **)slots;
	Type **inferred = (Type **)slots + n;
	for (int i = 0; i < n; i++)
		dst[i] = declared;
	if (spec->rlist.len)
		assign_values(dst, inferred, objs, n, &spec->rlist, context, spec->pos);
	for (int i = 0; i < n; i++) {
		Type *t = declared ? declared : inferred[i] ? inferred[i] : ty_invalid;
		objs[i]->type = t;
		Node *id = node_ext(spec)->names.data[i];
		id->type = t;
		id->obj = objs[i];
	}
	free(slots);
}
