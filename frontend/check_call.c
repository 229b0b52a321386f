// check_call.c - calls (functions, methods, interfaces, variadic
// packing), builtins and package functions (ND_BUILTIN), and conversions.
#include <string.h>
#include "check.h"
#include "utf8.h"

static Type *result_type(Type *sig) {
	if (sig->results.len == 0)
		return void_type();
	if (sig->results.len == 1)
		return sig->results.data[0];
	return tuple_type(&sig->results);
}

// types2 spells untyped numeric constants "number" in have/want lists.
static const char *have_type(Node *a) {
	if (is_invalid(a))
		return "invalid type";
	if (a->type == ty_untyped_nil)
		return "nil";
	if (type_is_untyped(a->type))
		return type_is_numeric(a->type) ? "number" : tstr(type_default(a->type));
	return tstr(a->type);
}

static const char *have_list(Vec *args) {
	const char *s = "";
	for (int i = 0; i < args->len; i++) {
		Node *a = args->data[i];
		if (a->type && a->type->kind == TY_TUPLE) {
			for (int k = 0; k < a->type->results.len; k++)
				s = xasprintf("%s%s%s", s, *s ? ", " : "", tstr(a->type->results.data[k]));
			continue;
		}
		s = xasprintf("%s%s%s", s, i ? ", " : "", have_type(a));
	}
	return xasprintf("(%s)", s);
}

static const char *want_list(Type *sig) {
	const char *s = "";
	for (int i = 0; i < sig->params.len; i++) {
		Type *p = sig->params.data[i];
		if (sig->variadic && i == sig->params.len - 1)
			s = xasprintf("%s%s...%s", s, i ? ", " : "", tstr(p->elem));
		else
			s = xasprintf("%s%s%s", s, i ? ", " : "", tstr(p));
	}
	return xasprintf("(%s)", s);
}

static void check_args_only(Node *n) {
	for (int i = 0; i < node_list(n)->len; i++)
		check_multi(node_list(n)->data[i]);
}

// Packs args[from..] into one []T composite literal (Go's implicit
// variadic slice, an allocation site escape analysis sees).
static void pack_variadic(Node *n, int from, Type *slice, const char *context) {
	// Go places the implicit slice at the call's '(' ("... argument does not escape")
	Node *c = new_node(ND_COMPOSITE, n->pos);
	c->pos2 = node_pos2(n);
	c->type = slice;
	for (int i = from; i < node_list(n)->len; i++) {
		Node *a = node_list(n)->data[i];
		assign_value(a, slice->elem, context);
		vec_push(node_list_mut(c), a);
	}
	if (node_list(c)->len == 0) {
		c->kind = ND_NIL; // no extra arguments: a nil slice, nothing allocated
	}
	node_list_mut(n)->len = from;
	vec_push(node_list_mut(n), c);
}

// Go reports missing arguments at the last argument, or at the call.
static Pos short_pos(Node *n, int skip) {
	if (node_list(n)->len > skip)
		return expr_pos(node_list(n)->data[node_list(n)->len - 1]);
	return skip ? expr_pos(node_list(n)->data[0]) : expr_pos(n);
}

// "argument to F", for the messages about a call's arguments: joined
// without printf, as every call needs it and few print it.
static const char *argument_context(const char *fname) {
	static const char prefix[] = "argument to ";
	size_t n = strlen(fname);
	char *s = xmalloc(sizeof prefix + n);
	memcpy(s, prefix, sizeof prefix - 1);
	memcpy(s + sizeof prefix - 1, fname, n + 1);
	return s;
}

// Checks the arguments of a call to sig (after the prefix receiver, if
// any) and converts them in place.
static void check_args(Node *n, Type *sig, const char *fname, int skip) {
	int nargs = node_list(n)->len - skip;
	int np = sig->params.len;
	const char *context = argument_context(fname);
	for (int i = skip; i < node_list(n)->len; i++) {
		if (nargs == 1)
			check_multi(node_list(n)->data[i]);
		else
			check_expr(node_list(n)->data[i]);
	}
	for (int i = skip; i < node_list(n)->len; i++)
		if (is_invalid(node_list(n)->data[i]))
			return;
	// f(g()) with a multi-value g
	if (nargs == 1) {
		Node *a = node_list(n)->data[skip];
		if (a->type->kind == TY_TUPLE && a->type->results.len != 1) {
			Type *t = a->type;
			int have = t->results.len;
			bool ok = sig->variadic ? have >= np - 1 : have == np;
			if (!ok || n->has_dots) {
				Vec tmp = {0};
				vec_push(&tmp, a);
				error_at(expr_pos(a), "%s arguments in call to %s\n\thave %s\n\twant %s",
				         have < np ? "not enough" : "too many", fname, have_list(&tmp), want_list(sig));
				return;
			}
			for (int i = 0; i < have; i++) {
				Type *pt = sig->variadic && i >= np - 1 ? ((Type *)sig->params.data[np - 1])->elem
				                                        : sig->params.data[i];
				Node tmp = {.kind = ND_CALL, .type = t->results.data[i], .pos = a->pos, .lhs = a->lhs};
				const char *why;
				if (!assignable_to(&tmp, pt, &why))
					error_at(expr_pos(a), "cannot use %s (value of type %s) as type %s in %s", expr_string(a),
					         tstr(t->results.data[i]), tstr(pt), context);
			}
			return;
		}
	}
	if (n->has_dots) {
		if (!sig->variadic) {
			error_at(expr_pos(n), "cannot use ... in call to non-variadic %s", fname);
			return;
		}
		if (nargs != np) {
			Vec args = {0};
			for (int i = skip; i < node_list(n)->len; i++)
				vec_push(&args, node_list(n)->data[i]);
			error_at(nargs < np ? short_pos(n, skip) : expr_pos(node_list(n)->data[skip + np]),
			         "%s arguments in call to %s\n\thave %s\n\twant %s", nargs < np ? "not enough" : "too many",
			         fname, have_list(&args), want_list(sig));
			return;
		}
		for (int i = 0; i < np; i++)
			assign_value(node_list(n)->data[skip + i], sig->params.data[i], context);
		return;
	}
	int fixed = sig->variadic ? np - 1 : np;
	if (nargs < fixed || (!sig->variadic && nargs > np)) {
		Vec args = {0};
		for (int i = skip; i < node_list(n)->len; i++)
			vec_push(&args, node_list(n)->data[i]);
		error_at(nargs < fixed ? short_pos(n, skip) : expr_pos(node_list(n)->data[skip + np]),
		         "%s arguments in call to %s\n\thave %s\n\twant %s", nargs < fixed ? "not enough" : "too many", fname,
		         have_list(&args), want_list(sig));
		return;
	}
	for (int i = 0; i < fixed; i++)
		assign_value(node_list(n)->data[skip + i], sig->params.data[i], context);
	if (sig->variadic)
		pack_variadic(n, skip + fixed, sig->params.data[np - 1], context);
}

// ---- builtins ----

static Node *arg(Node *n, int i) {
	return i < node_list(n)->len ? node_list(n)->data[i] : NULL;
}

static Pos builtin_start; // where the builtin call began, before its rewrite
static const char *builtin_text; // the builtin call as written (before spreading f())

static bool count_args(Node *n, int min, int max) {
	int k = node_list(n)->len;
	if (k >= min && (max < 0 || k <= max))
		return true;
	const char *call = builtin_text;
	error_at(builtin_start, "invalid operation: %s arguments for %s (expected %d, found %d)",
	         k < min ? "not enough" : "too many", call, k < min ? min : max, k);
	return false;
}

static bool has_call_or_recv(Node *n) {
	if (!n)
		return false;
	if (n->kind == ND_CALL || (n->kind == ND_BUILTIN && !n->is_const) ||
	    (n->kind == ND_UNARY && n->op == OP_ARROW))
		return true;
	return has_call_or_recv(n->lhs) || has_call_or_recv(n->rhs);
}

static void builtin_len(Node *n, bool is_cap) {
	Node *x = arg(n, 0);
	check_expr(x);
	n->type = ty_int;
	if (is_invalid(x))
		return;
	Type *u = container_type(x);
	bool ok;
	switch (u->kind) {
	case TY_STRING: ok = !is_cap; break;
	case TY_MAP: ok = !is_cap; break;
	case TY_ARRAY: case TY_SLICE: case TY_CHAN: ok = true; break;
	default: ok = false;
	}
	if (!ok) {
		error_at(expr_pos(x), "invalid argument: %s for %s", operand_string(x), is_cap ? "cap" : "len");
		set_invalid(n);
		return;
	}
	if (u->kind == TY_STRING && x->is_const)
		set_const(n, ty_int, cv_int((__int128)node_cval(x)->slen));
	else if (u->kind == TY_ARRAY && !has_call_or_recv(x))
		set_const(n, ty_int, cv_int(u->len));
}

// The size arguments of make and unsafe.Slice, unsafe.Add's offset:
// integers; a negative constant is an error naming it `negative` ("index",
// "length"), unless that is NULL (the offset). False after an error.
static bool size_arg(Node *a, const char *what, const char *negative) {
	check_expr(a);
	if (is_invalid(a))
		return false;
	if (a->is_const) {
		ConstVal v;
		Repr r = const_represent(*node_cval(a), ty_int, &v);
		if (r != REPR_OK && type_is_untyped(a->type)) {
			if (r == REPR_MISMATCH)
				error_at(expr_pos(a), "cannot convert %s to int", operand_string(a));
			else
				error_at(expr_pos(a), "%s %s int", operand_string(a), r == REPR_OVERFLOW ? "overflows" : "truncated to");
			return false;
		}
		if (r != REPR_OK) {
			error_at(expr_pos(a), "%s %s must be integer", what, operand_string(a));
			return false;
		}
		if (type_is_untyped(a->type))
			convert_untyped(a, ty_int, NULL);  // the message shows the int constant, as gc's
		if (v.i < 0 && negative) {
			error_at(expr_pos(a), "invalid argument: %s %s must not be negative", negative, operand_string(a));
			return false;
		}
		return true;
	}
	if (!type_is_integer(a->type)) {
		error_at(expr_pos(a), "cannot convert %s to type int", operand_string(a));
		return false;
	}
	if (type_is_untyped(a->type))
		convert_untyped(a, ty_int, NULL);
	return true;
}

static void builtin_make(Node *n) {
	Node *t = arg(n, 0);
	if (!t) {
		error_at(node_pos2(n), "not enough arguments for make() (expected 1, found 0)");
		set_invalid(n);
		return;
	}
	Type *T = check_typexpr(t);
	// the type argument moves to lhs; list keeps the sizes
	memmove(node_list(n)->data, node_list(n)->data + 1, (node_list(n)->len - 1) * sizeof(void *));
	node_list_mut(n)->len--;
	n->lhs = t;
	n->type = T;
	if (T == ty_invalid)
		return;
	if (stand_in_no_core(T)) {
		error_at(expr_pos(t), "invalid argument: cannot make %s: no core type", expr_string(t));
		set_invalid(n);
		return;
	}
	Type *u = type_under(T);
	int min = u->kind == TY_SLICE ? 1 : 0;
	if (u->kind != TY_SLICE && u->kind != TY_MAP && u->kind != TY_CHAN) {
		error_at(expr_pos(t), "invalid argument: cannot make %s; type must be slice, map, or channel", expr_string(t));
		set_invalid(n);
		return;
	}
	if (node_list(n)->len < min || node_list(n)->len > min + 1) {
		error_at(builtin_start, "invalid operation: %s expects %d or %d arguments; found %d", builtin_text, min + 1,
		         min + 2, node_list(n)->len + 1);
		set_invalid(n);
		return;
	}
	bool sizes_ok = true;
	for (int i = 0; i < node_list(n)->len; i++)
		sizes_ok &= size_arg(node_list(n)->data[i], "size argument", "index");
	if (node_list(n)->len == 2 && sizes_ok) {
		Node *l = node_list(n)->data[0], *c = node_list(n)->data[1];
		if (l->is_const && c->is_const && !type_is_untyped(l->type) && !type_is_untyped(c->type) &&
		    const_compare(OP_GT, *node_cval(l), *node_cval(c)))
			error_at(expr_pos(l), "invalid argument: length and capacity swapped");
	}
}

static void builtin_append(Node *n) {
	Node *s = arg(n, 0);
	if (!s) {
		error_at(node_pos2(n), "not enough arguments for append() (expected 1, found 0)");
		set_invalid(n);
		return;
	}
	check_expr(s);
	if (is_invalid(s)) {
		check_args_only(n);
		set_invalid(n);
		return;
	}
	Type *u = type_under(s->type);
	if (u->kind != TY_SLICE || stand_in_no_core(s->type)) {
		check_args_only(n);
		if (stand_in_no_core(s->type))
			error_at(expr_pos(s), "first argument to append must be a slice; %s has no core type", operand_string(s));
		else if (s->type == ty_untyped_nil)
			error_at(expr_pos(s), "first argument to append must be a slice; have untyped nil");
		else
			error_at(expr_pos(s), "invalid argument: %s is not a slice", operand_string(s));
		set_invalid(n);
		return;
	}
	n->type = s->type;
	if (n->has_dots) {
		if (node_list(n)->len != 2) {
			error_at(n->pos, "can only use ... with final argument in list");
			return;
		}
		Node *t = node_list(n)->data[1];
		check_expr(t);
		if (is_invalid(t))
			return;
		if (type_under(u->elem)->kind == TY_UINT8 && type_is_string(t->type)) {
			convert_untyped(t, ty_string, NULL);
			return;
		}
		assign_value(t, type_slice(u->elem), "argument to append");
		return;
	}
	for (int i = 1; i < node_list(n)->len; i++) {
		check_expr(node_list(n)->data[i]);
		assign_value(node_list(n)->data[i], u->elem, "argument to append");
	}
}

static void builtin_copy(Node *n) {
	if (!count_args(n, 2, 2)) {
		check_args_only(n);
		return;
	}
	Node *d = arg(n, 0), *s = arg(n, 1);
	check_expr(d);
	check_expr(s);
	if (is_invalid(d) || is_invalid(s))
		return;
	if (type_is_untyped(s->type))
		convert_untyped(s, NULL, NULL);
	Type *du = type_under(d->type), *su = type_under(s->type);
	bool ok = du->kind == TY_SLICE &&
	          ((su->kind == TY_SLICE && type_identical(du->elem, su->elem)) ||
	           (su->kind == TY_STRING && type_under(du->elem)->kind == TY_UINT8));
	if (!ok)
		error_at(expr_pos(d), "invalid argument: copy expects slice arguments; found %s and %s", operand_string(d),
		         operand_string(s));
}

static bool same_pos(Pos a, Pos b) {
	return a.file == b.file && a.line == b.line && a.col == b.col;
}

static void builtin_offsetof(Node *n) {
	Node *x = unparen(arg(n, 0));
	if (!x || x->kind != ND_SELECTOR) {
		if (x)
			check_expr(x);
		error_at(x ? expr_pos(x) : n->pos, "invalid argument: %s is not a selector expression", x ? expr_string(x) : "");
		set_invalid(n);
		return;
	}
	check_expr(x);
	if (is_invalid(x))
		return;
	if (x->kind != ND_SELECTOR) {
		error_at(expr_pos(x), "invalid argument: %s is a method value", expr_string(x));
		set_invalid(n);
		return;
	}
	// sum the offsets along the chain of implicit embedded selections,
	// which carry the position of x itself
	int64_t off = 0;
	for (Node *s = x;;) {
		Type *st = type_under(s->lhs->type);
		type_size(st);
		off += ((Field *)st->fields.data[s->field_index])->offset;
		Node *l = s->lhs;
		bool implicit_deref = l->kind == ND_DEREF && l->lhs->kind == ND_SELECTOR && same_pos(l->lhs->pos, x->pos);
		if (implicit_deref) {
			error_at(expr_pos(x), "invalid argument: field %s is embedded via a pointer in %s", x->name,
			         expr_string(x));
			break;
		}
		if (l->kind != ND_SELECTOR || !same_pos(l->pos, x->pos))
			break;
		s = l;
	}
	set_const(n, ty_uintptr, cv_int(off));
}

static Type *fmt_result(Builtin b) {
	switch (b) {
	case BI_FMT_SPRINTF: case BI_FMT_SPRINT: case BI_FMT_SPRINTLN:
		return ty_string;
	case BI_FMT_ERRORF:
		return ty_error;
	default: {
		Vec v = {0};
		vec_push(&v, ty_int);
		vec_push(&v, ty_error);
		return tuple_type(&v);
	}
	}
}

// fmt functions behave as func([w any,] [format string,] a ...any).
static void builtin_fmt(Node *n, Builtin b, const char *name) {
	Type *sig = new_type(TY_FUNC);
	if (b == BI_FMT_FPRINTLN || b == BI_FMT_FPRINT || b == BI_FMT_FPRINTF)
		vec_push(&sig->params, ty_any);
	if (b == BI_FMT_PRINTF || b == BI_FMT_SPRINTF || b == BI_FMT_ERRORF || b == BI_FMT_FPRINTF)
		vec_push(&sig->params, ty_string);
	vec_push(&sig->params, type_slice(ty_any));
	sig->variadic = true;
	check_args(n, sig, name, 0);
	n->type = fmt_result(b);
}

// complex(x, y) makes complex numbers of floats, real(z) and imag(z) floats
// of a complex number: the type a float type (to_complex) or a complex one
// (!to_complex) becomes, NULL for any other type.
static Type *float_complex_pair(Type *t, bool to_complex) {
	Type **pairs[][2] = {{&ty_float32, &ty_complex64}, {&ty_float64, &ty_complex128},
	                     {&ty_untyped_float, &ty_untyped_complex}};
	TypeKind k = type_under(t)->kind;
	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if ((*pairs[i][!to_complex])->kind == k)
			return *pairs[i][to_complex];
	return NULL;
}

// complex(re, im), types2's rules: untyped constant arguments become
// untyped floats when they can (the result is then an untyped complex
// constant), an untyped argument takes the other one's type, and both must
// be the same floating-point type.
static void check_complex(Node *n) {
	if (!count_args(n, 2, 2)) {
		set_invalid(n);
		return;
	}
	Node *x = node_list(n)->data[0], *y = node_list(n)->data[1];
	check_expr(x);
	check_expr(y);
	if (is_invalid(x) || is_invalid(y)) {
		set_invalid(n);
		return;
	}
	bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
	if (ux && !uy)
		convert_untyped(x, y->type, NULL);
	else if (uy && !ux)
		convert_untyped(y, x->type, NULL);
	else if (ux && uy && x->is_const && y->is_const) {
		ConstVal v;
		for (int i = 0; i < 2; i++) {
			Node *a = node_list(n)->data[i];
			if (type_is_numeric(a->type) && const_represent(*node_cval(a), ty_untyped_float, &v) == REPR_OK)
				set_const(a, ty_untyped_float, v);
		}
	} else if (ux && uy) {
		convert_untyped(x, ty_float64, NULL); // a shift yet untyped: reported as a float shift
		convert_untyped(y, ty_float64, NULL);
	}
	if (is_invalid(x) || is_invalid(y)) {
		set_invalid(n);
		return;
	}
	if (!type_identical(x->type, y->type)) {
		error_at(expr_pos(x), "invalid operation: %s (mismatched types %s and %s)", builtin_text, tstr(x->type),
		         tstr(y->type));
		set_invalid(n);
		return;
	}
	Type *t = float_complex_pair(x->type, true);
	if (!t) {
		error_at(expr_pos(x), "invalid argument: arguments have type %s, expected floating-point", tstr(x->type));
		set_invalid(n);
		return;
	}
	n->type = t;
	if (x->is_const && y->is_const) {
		ConstVal v;
		const_represent(const_complex(*node_cval(x), *node_cval(y)), t, &v);
		set_const(n, t, v);
		settle_folded(x); // never materialized
		settle_folded(y);
	}
}

// real(x), imag(x): an untyped constant counts as an untyped complex one.
static void check_real_imag(Node *n, Builtin b) {
	if (!count_args(n, 1, 1)) {
		set_invalid(n);
		return;
	}
	Node *x = node_list(n)->data[0];
	check_expr(x);
	if (is_invalid(x)) {
		set_invalid(n);
		return;
	}
	if (type_is_untyped(x->type)) {
		ConstVal v;
		if (!x->is_const)
			convert_untyped(x, ty_complex128, NULL); // a shift yet untyped: reported as a complex shift
		else if (type_is_numeric(x->type) && const_represent(*node_cval(x), ty_untyped_complex, &v) == REPR_OK)
			set_const(x, ty_untyped_complex, v);
		if (is_invalid(x)) {
			set_invalid(n);
			return;
		}
	}
	Type *t = float_complex_pair(x->type, false);
	if (!t) {
		error_at(expr_pos(x), "invalid argument: argument has type %s, expected complex type", tstr(x->type));
		set_invalid(n);
		return;
	}
	n->type = t;
	if (x->is_const) {
		set_const(n, t, b == BI_REAL ? const_real(*node_cval(x)) : const_imag(*node_cval(x)));
		settle_folded(x);
	}
}

static void builtin_args(Node *n, Builtin b);
static void builtin_checked(Node *n, Builtin b, const char *name);

// copy(f()), complex(f()), println(f())...: a builtin whose only argument
// is a multi-value call takes the call's results as its arguments. They
// are checked as ND_IDENTs of result temporaries (Obj without an owner)
// that codegen places in its frame; see ND_BUILTIN in ast.h.
static Node *spread_results(Node *n, Builtin b) {
	if (node_list(n)->len != 1 || n->has_dots || b == BI_MAKE || b == BI_NEW || b == BI_UNSAFE_OFFSETOF)
		return NULL;
	Node *call = node_list(n)->data[0];
	check_multi(call);
	if (is_invalid(call) || call->type->kind != TY_TUPLE || call->type->results.len < 2)
		return NULL;
	*node_list_mut(n) = (Vec){0};
	for (int i = 0; i < call->type->results.len; i++) {
		Obj *o = xcalloc(1, sizeof(Obj));
		o->kind = OBJ_VAR;
		o->name = expr_string(call);
		o->type = call->type->results.data[i];
		o->used = true;
		Node *r = new_node(ND_IDENT, expr_pos(call));
		r->name = o->name;
		r->obj = o;
		r->type = o->type;
		vec_push(node_list_mut(n), r);
	}
	return call;
}

static void check_builtin(Node *n, Builtin b) {
	const char *name = expr_string(n->lhs);
	builtin_start = expr_pos(n);
	n->kind = ND_BUILTIN;
	n->builtin = b;
	n->lhs = NULL;
	n->type = void_type();
	const char *outer_text = builtin_text;  // a builtin in the arguments has its own
	builtin_text = expr_string(n);
	if ((b >= BI_FMT_PRINTLN && b <= BI_FMT_ERRORF) || (b >= BI_FMT_FPRINTLN && b <= BI_FMT_FPRINTF))
		builtin_fmt(n, b, name);
	else
		builtin_checked(n, b, name);
	builtin_text = outer_text;
}

// A builtin other than fmt's: b(f()) spread, then the arguments.
static void builtin_checked(Node *n, Builtin b, const char *name) {
	if (n->has_dots && b != BI_APPEND) {
		error_at(n->pos, "invalid operation: invalid use of ... with built-in %s", name);
		check_args_only(n);
		set_invalid(n);
		return;
	}
	Node *call = spread_results(n, b);
	builtin_args(n, b);
	if (call) {
		n->rlist = *node_list(n);
		*node_list_mut(n) = (Vec){0};
		vec_push(node_list_mut(n), call);
	}
}

// The arguments of builtin b (n->list) and the call's type.
static void builtin_args(Node *n, Builtin b) {
	switch (b) {
	case BI_LEN: case BI_CAP:
		if (count_args(n, 1, 1))
			builtin_len(n, b == BI_CAP);
		else
			set_invalid(n);
		return;
	case BI_APPEND:
		builtin_append(n);
		return;
	case BI_MAKE:
		builtin_make(n);
		return;
	case BI_NEW: {
		if (!count_args(n, 1, 1)) {
			set_invalid(n);
			return;
		}
		Node *t = node_list(n)->data[0];
		check_expr_or_type(t);
		if (!t->is_type) {
			if (!is_invalid(t))
				error_at(expr_pos(t), "%s is not a type", expr_string(t));
			set_invalid(n);
			return;
		}
		n->lhs = t;
		node_list_mut(n)->len = 0;
		n->type = type_ptr(t->type);
		return;
	}
	case BI_COPY:
		builtin_copy(n);
		n->type = ty_int;
		return;
	case BI_DELETE: {
		if (!count_args(n, 2, 2)) {
			check_args_only(n);
			return;
		}
		Node *m = node_list(n)->data[0];
		check_expr(m);
		check_expr(node_list(n)->data[1]);
		if (is_invalid(m))
			return;
		if (type_under(m->type)->kind != TY_MAP) {
			error_at(expr_pos(m), "invalid argument: %s is not a map", operand_string(m));
			return;
		}
		assign_value(node_list(n)->data[1], type_under(m->type)->key, "argument to delete");
		return;
	}
	case BI_CLOSE: {
		if (!count_args(n, 1, 1))
			return;
		Node *c = node_list(n)->data[0];
		check_expr(c);
		if (is_invalid(c))
			return;
		Type *u = type_under(c->type);
		if (u->kind != TY_CHAN)
			error_at(expr_pos(c), "invalid operation: non-chan argument %s to close", operand_string(c));
		else if (u->chan_dir == 2)
			error_at(expr_pos(c), "invalid operation: cannot close receive-only channel %s", operand_string(c));
		return;
	}
	case BI_PANIC:
		if (!count_args(n, 1, 1))
			return;
		check_expr(node_list(n)->data[0]);
		assign_value(node_list(n)->data[0], ty_any, "argument to panic");
		return;
	case BI_PRINT: case BI_PRINTLN:
		for (int i = 0; i < node_list(n)->len; i++) {
			check_value(node_list(n)->data[i]);
			Node *a = node_list(n)->data[i];
			if (!is_invalid(a) && a->type->kind == TY_TUPLE)
				error_at(expr_pos(a), "multiple-value %s in single-value context", expr_string(a));
		}
		return;
	case BI_RECOVER:
		count_args(n, 0, 0);
		if (ck.func)
			ck.func->has_recover = true;
		n->type = ty_any;
		return;
	case BI_COMPLEX:
		check_complex(n);
		return;
	case BI_REAL: case BI_IMAG:
		check_real_imag(n, b);
		return;
	case BI_UNSAFE_SIZEOF: case BI_UNSAFE_ALIGNOF: {
		if (!count_args(n, 1, 1)) {
			set_invalid(n);
			return;
		}
		Node *x = node_list(n)->data[0];
		check_value(x);
		if (is_invalid(x)) {
			set_invalid(n);
			return;
		}
		int64_t v = b == BI_UNSAFE_SIZEOF ? type_size(x->type) : type_align(x->type);
		set_const(n, ty_uintptr, cv_int(v));
		return;
	}
	case BI_UNSAFE_OFFSETOF:
		if (!count_args(n, 1, 1)) {
			set_invalid(n);
			return;
		}
		builtin_offsetof(n);
		return;
	case BI_UNSAFE_ADD: {
		if (!count_args(n, 2, 2)) {
			set_invalid(n);
			return;
		}
		check_expr(node_list(n)->data[0]);
		assign_value(node_list(n)->data[0], ty_unsafeptr, "argument to unsafe.Add");
		size_arg(node_list(n)->data[1], "length", NULL);
		n->type = ty_unsafeptr;
		return;
	}
	case BI_UNSAFE_SLICE: {
		if (!count_args(n, 2, 2)) {
			set_invalid(n);
			return;
		}
		Node *p = node_list(n)->data[0];
		check_expr(p);
		size_arg(node_list(n)->data[1], "length", "length");
		if (is_invalid(p) || type_under(p->type)->kind != TY_PTR) {
			if (!is_invalid(p))
				error_at(expr_pos(p), "invalid argument: %s is not a pointer", operand_string(p));
			set_invalid(n);
			return;
		}
		n->type = type_slice(type_under(p->type)->elem);
		return;
	}
	default:
		check_args_only(n);
	}
}

// ---- conversions ----

static bool is_bytes_or_runes(Type *t) {
	Type *u = type_under(t);
	if (u->kind != TY_SLICE)
		return false;
	TypeKind k = type_under(u->elem)->kind;
	return k == TY_UINT8 || k == TY_INT32;
}

static bool convertible(Type *v, Type *t, Node *x) {
	const char *why;
	if (assignable_to(x, t, &why))
		return true;
	Type *vu = type_under(v), *tu = type_under(t);
	if (type_identical(vu, tu))
		return true;
	if (vu->kind == TY_PTR && tu->kind == TY_PTR && v->kind != TY_NAMED && t->kind != TY_NAMED &&
	    type_identical(type_under(vu->elem), type_under(tu->elem)))
		return true;
	if (type_is_numeric(vu) && type_is_numeric(tu) && type_is_complex(vu) == type_is_complex(tu))
		return true;
	if (tu->kind == TY_STRING && (type_is_integer(vu) || is_bytes_or_runes(vu)))
		return true;
	if (vu->kind == TY_STRING && is_bytes_or_runes(tu))
		return true;
	if (vu->kind == TY_UNSAFEPTR && (tu->kind == TY_PTR || tu->kind == TY_UINTPTR))
		return true;
	if (tu->kind == TY_UNSAFEPTR && (vu->kind == TY_PTR || vu->kind == TY_UINTPTR))
		return true;
	if (vu->kind == TY_SLICE && tu->kind == TY_PTR && type_under(tu->elem)->kind == TY_ARRAY &&
	    type_identical(vu->elem, type_under(tu->elem)->elem))
		return true;
	return false;
}

// T(x): n becomes ND_CONV (constant-folded when x is constant and T is a
// basic type) or ND_TOIFACE when T is an interface and x concrete.
static void check_conversion(Node *n, Type *t) {
	Node *x = node_list(n)->data[0];
	node_list_mut(n)->len = 0;
	n->pos2 = node_start_pos(n->lhs); // where T(x) starts, for expr_pos
	n->lhs = x;
	n->kind = ND_CONV;
	n->type = t;
	if (is_invalid(x) || t == ty_invalid) {
		set_invalid(n);
		return;
	}
	Type *tu = type_under(t);
	bool const_type = tu->kind >= TY_BOOL && tu->kind <= TY_STRING;
	if (x->is_const && const_type) {
		ConstVal v;
		if (tu->kind == TY_STRING && type_is_integer(x->type)) {
			char *buf = xmalloc(UTF8_MAX + 1);
			int64_t code;
			bool fits = const_int64(*node_cval(x), &code);
			if (!fits)
				code = -1; // encodes as U+FFFD like any invalid code point
			size_t len = (size_t)utf8_encode(buf, code);
			buf[len] = 0;
			// Go keeps an out-of-range argument untyped; ours gets a type
			// (it is folded away, never emitted) without the overflow error
			if (type_is_untyped(x->type) && (x->type == ty_untyped_rune || (fits && code == (int64_t)(int32_t)code)))
				convert_untyped(x, NULL, NULL);
			else if (type_is_untyped(x->type))
				set_const(x, ty_int64, cv_int(code));
			set_const(n, t, cv_string(buf, len));
			return;
		}
		Repr r = const_represent(*node_cval(x), t, &v);
		bool kinds_ok = (type_is_numeric(x->type) && type_is_numeric(tu)) ||
		                (type_is_string(x->type) && tu->kind == TY_STRING) ||
		                (node_cval(x)->kind == CV_BOOL && tu->kind == TY_BOOL);
		if (!kinds_ok || r != REPR_OK) {
			// a float constant converted to an integer type may not truncate;
			// like types2, an integral one is shown as the integer it became
			ConstVal as_int;
			if (kinds_ok && type_is_integer(tu) && node_cval(x)->kind == CV_FLOAT &&
			    const_represent(*node_cval(x), ty_untyped_int, &as_int) == REPR_OK)
				x->cval = const_new(as_int);
			error_at(expr_pos(x), "cannot convert %s to type %s", operand_string(x), tstr(t));
			set_invalid(n);
			return;
		}
		if (type_is_untyped(x->type))
			convert_untyped(x, t, NULL);
		set_const(n, t, v);
		return;
	}
	if (x->type == ty_untyped_nil) {
		if (!convert_untyped(x, t, NULL))
			set_invalid(n);
		return;
	}
	if (type_is_untyped(x->type)) {
		// untyped constants to non-basic types (e.g. an interface) take their default type first
		if (!tu || tu->kind == TY_INTERFACE || !x->is_const)
			convert_untyped(x, tu->kind == TY_INTERFACE ? NULL : t, NULL);
		else
			convert_untyped(x, NULL, NULL);
		if (is_invalid(x)) {
			set_invalid(n);
			return;
		}
	}
	// only a value of the type parameter itself converts to it (its set is any type)
	if (!convertible(x->type, t, x) || (opaque_stand_in(t) && !type_identical(x->type, t))) {
		// a type set's term (the stand-in's underlying type) Go names
		const char *term = "";
		if (stand_in_constraint(t) && !opaque_stand_in(t) && !stand_in_constraint(x->type))
			term = xasprintf(":\n\tcannot convert %s to %s (in %s)", tstr(x->type), tstr(type_under(t)), tstr(t));
		else if (stand_in_constraint(x->type) && !opaque_stand_in(x->type) && !stand_in_constraint(t))
			term = xasprintf(":\n\tcannot convert %s (in %s) to %s", tstr(type_under(x->type)), tstr(x->type),
			                 tstr(t));
		error_at(expr_pos(x), "cannot convert %s to type %s%s", operand_string(x), tstr(t), term);
		set_invalid(n);
		return;
	}
	if (tu->kind == TY_INTERFACE && !type_is_interface(x->type))
		n->kind = ND_TOIFACE;
}

// ---- calls ----

void check_call(Node *n) {
	Node *f = n->lhs;
	if (!f) {
		check_args_only(n);
		set_invalid(n);
		return;
	}
	if (!instantiate_call(n))
		return;
	f = n->lhs;
	check_callee(f);
	Node *fu = unparen(f);
	if (fu->obj && fu->obj->kind == OBJ_BUILTIN && (fu->kind == ND_IDENT || fu->kind == ND_SELECTOR)) {
		n->lhs = fu;
		check_builtin(n, fu->obj->builtin);
		return;
	}
	if (is_invalid(f)) {
		check_args_only(n);
		set_invalid(n);
		return;
	}
	if (f->is_type) {
		Type *t = f->type;
		if (node_list(n)->len != 1 || n->has_dots) {
			check_args_only(n);
			if (node_list(n)->len == 0)
				error_at(node_pos2(n), "missing argument in conversion to %s", tstr(t));
			else if (n->has_dots)
				error_at(expr_pos(node_list(n)->data[0]), "invalid use of ... in conversion to %s", tstr(t));
			else
				error_at(expr_pos(node_list(n)->data[1]), "too many arguments in conversion to %s", tstr(t));
			set_invalid(n);
			return;
		}
		check_expr(node_list(n)->data[0]);
		check_conversion(n, t);
		return;
	}
	Type *sig = type_under(f->type);
	if (sig->kind != TY_FUNC) {
		check_args_only(n);
		error_at(expr_pos(f), "invalid operation: cannot call non-function %s", operand_string(f));
		set_invalid(n);
		return;
	}
	const char *fname = expr_string(f);
	int skip = 0;
	if (fu->kind == ND_METHODVAL && fu->obj) {
		// x.m(a) -> m(x, a): the receiver becomes the first argument
		Node *callee = new_node(ND_FUNCNAME, fu->pos);
		callee->pos2 = node_pos2(fu);
		callee->obj = fu->obj;
		callee->type = fu->type;
		Vec args = {0};
		vec_push(&args, fu->lhs);
		for (int i = 0; i < node_list(n)->len; i++)
			vec_push(&args, node_list(n)->data[i]);
		*node_list_mut(n) = args;
		n->lhs = callee;
		skip = 1;
	} else if (fu->kind == ND_SELECTOR && !fu->obj) {
		n->lhs = fu; // interface method call
		if (ck.func)
			ck.func->calls_iface = true;
	}
	check_args(n, sig, fname, skip);
	n->type = result_type(sig);
}
