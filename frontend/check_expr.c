// check_expr.c - expressions: names, selectors, indexing, slicing, type
// assertions, unary and binary operators (with constant folding), and the
// operand descriptions Go's messages use ("x (variable of type int)").
#include <string.h>
#include "check.h"
#include "fmt.h"

Checker ck;

// ---- small node helpers ----

Node *node_wrap(Node *n, NodeKind kind, Type *t) {
	Node *inner = xcalloc(1, sizeof(Node));
	size_t size = node_size(n); // n may be short: the wrapper then is too
	memcpy(inner, n, size);
	bool is_short = n->is_short;
	memset(n, 0, size);
	n->is_short = is_short;
	n->kind = kind;
	n->pos = inner->pos;
	if (!is_short)
		n->pos2 = node_pos2(inner);
	n->lhs = inner;
	n->type = t;
	if (inner->kind == ND_FUNCLIT && node_ext(inner)->func)
		node_ext(inner)->func->decl = inner;
	return inner;
}

Node *unparen(Node *n) {
	while (n && n->kind == ND_PAREN)
		n = n->lhs;
	return n;
}

bool is_invalid(Node *n) {
	return !n || !n->type || n->type == ty_invalid;
}

void set_invalid(Node *n) {
	if (!n)
		return;
	n->type = ty_invalid;
	n->is_const = false;
}

void set_const(Node *n, Type *t, ConstVal v) {
	n->type = t;
	n->is_const = true;
	n->cval = const_new(v);
}

Pos expr_pos(Node *n) {
	Pos p = node_start_pos(n);
	// node_start_pos stops at an ND_CONV (its '('); an explicit T(x)
	// starts at T, which check_conversion saved in pos2
	for (Node *m = n; m; m = m->lhs)
		if (m->kind == ND_CONV && m->pos.file == p.file && m->pos.line == p.line && m->pos.col == p.col)
			return node_pos2(m).line ? node_pos2(m) : p;
	return p;
}

const char *tstr(Type *t) {
	return type_string(t, false);
}

Type *tuple_type(Vec *types) {
	Type *t = new_type(TY_TUPLE);
	for (int i = 0; i < types->len; i++)
		vec_push(&t->results, types->data[i]);
	return t;
}

Type *void_type(void) {
	static Type *t;
	if (!t)
		t = new_type(TY_TUPLE);
	return t;
}

static bool is_void(Node *n) {
	return n->type && n->type->kind == TY_TUPLE && n->type->results.len == 0;
}

// ---- names ----

Obj *lookup_name(const char *name) {
	Scope *where;
	Obj *o = scope_lookup(ck.scope, name, &where);
	if (o && where->dot_imports.len) {
		Obj *imp = ptrmap_get(&where->dot_imports, o);
		if (imp)
			imp->pkg_used = true;
	}
	return o;
}

// A local variable of an enclosing function referenced from a literal is
// captured by that literal and by every literal in between.
static void capture(Obj *o) {
	o->captured = true;
	for (Func *f = ck.func; f && f != o->owner; f = f->outer) {
		bool have = false;
		for (int i = 0; i < f->captures.len; i++)
			if (((Capture *)f->captures.data[i])->var == o)
				have = true;
		if (!have) {
			Capture *c = xcalloc(1, sizeof(Capture));
			c->var = o;
			vec_push(&f->captures, c);
		}
	}
}

void ref_obj(Obj *o) {
	if (!o->owner && ptrmap_get(&ck.decls, o)) { // decls are package-level
		resolve_obj(o);
		record_dep(o);
	}
	if (o->kind == OBJ_VAR && o->owner && ck.func && o->owner != ck.func)
		capture(o);
}

void use_obj(Obj *o) {
	ref_obj(o);
	o->used = true;
	if (o->kind == OBJ_PKG)
		o->pkg_used = true;
}

static void check_ident(Node *n) {
	if (!strcmp(n->name, "_")) {
		error_at(n->pos, "cannot use _ as value");
		set_invalid(n);
		return;
	}
	Obj *o = lookup_name(n->name);
	if (!o) {
		error_at(n->pos, "undefined: %s", n->name);
		set_invalid(n);
		return;
	}
	n->obj = o;
	if (o->kind != OBJ_PKG)
		use_obj(o);
	switch (o->kind) {
	case OBJ_VAR:
		n->type = o->type ? o->type : ty_invalid;
		break;
	case OBJ_CONST:
		if (!strcmp(o->name, "iota") && scope_lookup_local(ck.universe, "iota") == o) {
			if (ck.iota < 0) {
				error_at(n->pos, "cannot use iota outside constant declaration");
				set_invalid(n);
				return;
			}
			set_const(n, ty_untyped_int, cv_int(ck.iota));
			return;
		}
		if (!o->type) {
			set_invalid(n);
			return;
		}
		set_const(n, o->type, *obj_cval(o));
		break;
	case OBJ_TYPE:
		n->is_type = true;
		n->type = o->type ? o->type : ty_invalid;
		break;
	case OBJ_FUNC:
		if (is_generic(o)) {
			error_at(n->pos, "cannot use generic function %s without instantiation", o->name);
			set_invalid(n);
			return;
		}
		n->kind = ND_FUNCNAME;
		n->type = o->type ? o->type : ty_invalid;
		break;
	case OBJ_NIL:
		n->type = ty_untyped_nil;
		break;
	default: // builtins and packages: validated by the context
		n->type = void_type();
		break;
	}
}

// ---- operand descriptions for messages ----

// types2 describes an operand by its source (syntax.String).
const char *expr_string(Node *n) {
	static const ExprStyle types2 = {EXPR_SOURCE, TS_TYPES2, NULL};
	// A name, also one checked as a function's, spells itself (as the
	// printer has it) and needs no copy: calls name their callee so for
	// messages they rarely print.
	if (n && (n->kind == ND_IDENT || n->kind == ND_FUNCNAME) && n->name)
		return n->name;
	StrBuf b = {0};
	expr_write(&b, n, &types2);
	return strbuf_text(&b);
}

bool is_map_index(Node *n) {
	n = unparen(n);
	return n && n->kind == ND_INDEX && n->lhs && type_under(n->lhs->type)->kind == TY_MAP;
}

bool is_addressable(Node *n) {
	n = unparen(n);
	if (!n)
		return false;
	switch (n->kind) {
	case ND_IDENT:
		return n->obj && n->obj->kind == OBJ_VAR;
	case ND_SELECTOR:
		return !n->obj && (n->lhs->kind == ND_DEREF || is_addressable(n->lhs));
	case ND_INDEX: {
		Type *u = type_under(n->lhs->type);
		if (u->kind == TY_SLICE)
			return true;
		return u->kind == TY_ARRAY && is_addressable(n->lhs);
	}
	case ND_STAR: case ND_DEREF:
		return true;
	default:
		return false;
	}
}

Type *container_type(Node *x) {
	if (type_is_untyped(x->type) && type_is_string(x->type))
		convert_untyped(x, NULL, NULL);
	Type *u = type_under(x->type);
	if (u->kind == TY_PTR && type_under(u->elem)->kind == TY_ARRAY)
		u = type_under(u->elem);
	return u;
}

Obj *storage_var(Node *n) {
	for (;;) {
		n = unparen(n);
		if (!n)
			return NULL;
		if (n->kind == ND_IDENT)
			return n->obj && n->obj->kind == OBJ_VAR ? n->obj : NULL;
		if (n->kind == ND_SELECTOR && !n->obj)
			n = n->lhs;
		else if (n->kind == ND_INDEX && n->lhs && type_under(n->lhs->type)->kind == TY_ARRAY)
			n = n->lhs;
		else
			return NULL;
	}
}

static void mark_addr_taken(Node *n) {
	Obj *v = storage_var(n);
	if (v)
		v->addr_taken = true;
}

// types2's operand modes
static const char *mode_of(Node *n) {
	Node *u = unparen(n);
	if (is_map_index(u))
		return "map index expression";
	if (u->comma_ok)
		return "comma, ok expression";
	if (is_addressable(u) || (u->kind == ND_IDENT && u->obj && u->obj->kind == OBJ_VAR))
		return "variable";
	return "value";
}

const char *operand_string(Node *n) {
	if (!n)
		return "?";
	const char *e = expr_string(n);
	Node *u = unparen(n);
	if (u->obj && u->obj->kind == OBJ_BUILTIN && (u->kind == ND_IDENT || u->kind == ND_SELECTOR))
		return xasprintf("%s (built-in)", e);
	if (n->is_type)
		return xasprintf("%s (type)", e);
	if (n->type == ty_untyped_nil || n->kind == ND_NIL)
		return xasprintf("%s", e);
	if (is_invalid(n))
		return xasprintf("%s (invalid operand)", e);
	if (is_void(n))
		return xasprintf("%s (no value)", e);
	if (n->is_const) {
		const char *v = const_string(*node_cval(n));
		bool show = strcmp(v, e) != 0;
		if (type_is_untyped(n->type))
			return show ? xasprintf("%s (%s constant %s)", e, tstr(n->type), v)
			            : xasprintf("%s (%s constant)", e, tstr(n->type));
		return show ? xasprintf("%s (constant %s of type %s)", e, v, tstr(n->type))
		            : xasprintf("%s (constant of type %s)", e, tstr(n->type));
	}
	if (type_is_untyped(n->type))
		return xasprintf("%s (%s value)", e, tstr(n->type));
	const char *constraint = stand_in_constraint(n->type);
	return xasprintf("%s (%s of type %s%s%s)", e, mode_of(n), tstr(n->type), constraint ? " constrained by " : "",
	                 constraint ? constraint : "");
}

// ---- the dispatcher ----

enum { EX_TYPE = 1, EX_CALLEE = 2, EX_TUPLE = 4 };

static void expr_raw(Node *n, int flags);

// Rejects what cannot stand where a single value is needed.
static void validate(Node *n, int flags) {
	if (!n || n->type == ty_invalid)
		return;
	Node *u = unparen(n);
	if (u->obj && (u->kind == ND_IDENT || u->kind == ND_SELECTOR)) {
		if (u->obj->kind == OBJ_BUILTIN && !(flags & EX_CALLEE)) {
			error_at(expr_pos(n), "%s (built-in) must be called", expr_string(n));
			set_invalid(n);
			return;
		}
		if (u->obj->kind == OBJ_PKG) {
			error_at(expr_pos(n), "use of package %s without selector", u->obj->name);
			set_invalid(n);
			return;
		}
	}
	if (n->is_type) {
		if (!(flags & EX_TYPE)) {
			error_at(expr_pos(n), "%s (type) is not an expression", expr_string(n));
			n->is_type = false;
			set_invalid(n);
		}
		return;
	}
	if (n->type && n->type->kind == TY_TUPLE && !(flags & (EX_TUPLE | EX_CALLEE)) &&
	    !(u->obj && u->obj->kind == OBJ_BUILTIN)) {
		if (n->type->results.len == 0)
			error_at(expr_pos(n), "%s (no value) used as value", expr_string(n));
		else
			error_at(expr_pos(n), "multiple-value %s (value of type %s) in single-value context",
			         expr_string(n), tstr(n->type));
		set_invalid(n);
	}
}

void check_expr(Node *n) {
	expr_raw(n, 0);
	validate(n, 0);
}

void check_expr_or_type(Node *n) {
	expr_raw(n, EX_TYPE);
	validate(n, EX_TYPE);
}

void check_multi(Node *n) {
	expr_raw(n, EX_TUPLE);
	validate(n, EX_TUPLE);
}

void check_callee(Node *n) {
	expr_raw(n, EX_TYPE | EX_CALLEE);
	validate(n, EX_TYPE | EX_CALLEE);
}

void check_value(Node *n) {
	check_expr(n);
	if (n && !is_invalid(n) && type_is_untyped(n->type))
		convert_untyped(n, NULL, NULL);
}

void check_bool_cond(Node *n, const char *what) {
	if (!n)
		return;
	check_expr(n);
	if (is_invalid(n))
		return;
	if (type_under(n->type)->kind != TY_BOOL && n->type != ty_untyped_bool) {
		error_at(expr_pos(n), "non-boolean condition in %s", what);
		return;
	}
	convert_untyped(n, NULL, NULL);
}

// ---- selectors ----

static Node *deref_if_pointer(Node *x) {
	Type *u = type_under(x->type);
	if (u->kind != TY_PTR)
		return x;
	Node *d = new_node(ND_DEREF, x->pos);
	d->pos2 = node_pos2(x);
	d->lhs = x;
	d->type = u->elem;
	return d;
}

// The chain x.e1.e2... of embedded fields leading to a promoted member.
static Node *embedded_path(Node *sel, Node *x, int *path, int count) {
	for (int i = 0; i < count; i++) {
		x = deref_if_pointer(x);
		Type *st = type_under(x->type);
		Field *f = st->fields.data[path[i]];
		Node *s = new_node(ND_SELECTOR, sel->pos);
		s->pos2 = node_pos2(sel);
		s->lhs = x;
		s->name = f->name;
		s->field_index = path[i];
		s->type = f->type;
		x = s;
	}
	return x;
}

// Adjusts a method receiver to the method's receiver kind: &x for pointer
// methods called on addressable values, *p for value methods on pointers.
static Node *adjust_receiver(Node *recv, Method *m, Node *site) {
	Type *u = type_under(recv->type);
	if (m->ptr_recv) {
		if (u->kind == TY_PTR)
			return recv;
		if (!is_addressable(recv)) {
			error_at(expr_pos(site), "cannot call pointer method %s on %s", m->name, tstr(recv->type));
			return recv;
		}
		mark_addr_taken(recv);
		Node *a = new_node(ND_ADDR, recv->pos);
		a->pos2 = node_pos2(recv);
		a->lhs = recv;
		a->type = type_ptr(recv->type);
		return a;
	}
	while (u->kind == TY_PTR && type_under(u->elem)->kind != TY_INTERFACE) {
		recv = deref_if_pointer(recv);
		u = type_under(recv->type);
		if (recv->type->kind == TY_NAMED)
			break;
	}
	return recv;
}

static void qualified_member(Node *n, Obj *pkg) {
	pkg->pkg_used = true;
	pkg->used = true;
	n->lhs->obj = pkg;
	n->lhs->type = void_type();
	// gc says "undefined" for unexported names too
	Obj *m = package_member(pkg, n->name);
	if (!m) {
		error_at(node_pos2(n), "undefined: %s.%s", n->lhs->name, n->name);
		set_invalid(n);
		return;
	}
	n->obj = m;
	switch (m->kind) {
	case OBJ_TYPE:
		n->is_type = true;
		n->type = m->type;
		break;
	case OBJ_VAR:
		// a package variable (os.Args and friends: a global the runtime provides)
		n->name = expr_string(n); // pkg.Name in messages
		n->kind = ND_IDENT;
		n->lhs = NULL;
		n->type = m->type;
		break;
	case OBJ_CONST:
		n->name = expr_string(n);
		n->kind = ND_IDENT;
		n->lhs = NULL;
		set_const(n, m->type, *obj_cval(m));
		break;
	case OBJ_FUNC:
		// a function of an imported package (or declared by a stub)
		n->name = expr_string(n); // pkg.Name, as escape's -m prints it
		n->kind = ND_FUNCNAME;
		n->lhs = NULL;
		n->type = m->type;
		break;
	default:
		n->type = void_type();
	}
}

// T.m / (*T).m: a function whose first parameter is the receiver.
static void method_expr(Node *n, Type *t) {
	Selection sel = lookup_field_or_method(t, n->name);
	if (sel.kind != SEL_METHOD) {
		error_at(node_pos2(n), "%s undefined (type %s has no method %s)", expr_string(n), tstr(t), n->name);
		set_invalid(n);
		return;
	}
	Method *m = sel.method;
	if (!sel.iface_method && m->ptr_recv && !sel.indirect) {
		error_at(expr_pos(n), "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
		         tstr(t), n->name, tstr(t), n->name);
		set_invalid(n);
		return;
	}
	Type *ft = new_type(TY_FUNC);
	vec_push(&ft->params, t);
	for (int i = 0; i < m->type->params.len; i++)
		vec_push(&ft->params, m->type->params.data[i]);
	for (int i = 0; i < m->type->results.len; i++)
		vec_push(&ft->results, m->type->results.data[i]);
	ft->variadic = m->type->variadic;
	const char *printed = expr_string(n);
	n->kind = ND_FUNCNAME;
	n->obj = m->func;
	n->name = printed;
	n->type = ft;
	if (sel.iface_method) {
		n->field_index = method_index(&type_under(t)->methods, m->name);
		n->obj = NULL;
	}
	if (n->obj)
		use_obj(n->obj);  // T.m depends on what m refers to (initialisation order)
}

static void no_such_member(Node *n, Node *x) {
	Type *t = x->type;
	// Go points out a member that differs only in the case of its first letter
	char *alt = xstrdup(n->name);
	alt[0] = alt[0] >= 'a' && alt[0] <= 'z' ? alt[0] - 32 : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32 : alt[0];
	Selection s2 = lookup_field_or_method(t, alt);
	const char *hint = s2.kind == SEL_FIELD || s2.kind == SEL_METHOD ? xasprintf(", but does have %s", alt) : "";
	Type *u = type_under(t);
	if (u->kind == TY_PTR && type_is_interface(u->elem))
		error_at(node_pos2(n), "%s undefined (type %s is pointer to interface, not interface)", expr_string(n), tstr(t));
	else
		error_at(node_pos2(n), "%s undefined (type %s has no field or method %s%s)", expr_string(n), tstr(t),
		         n->name, hint);
	set_invalid(n);
}

static void selector(Node *n, int flags) {
	Node *x = n->lhs;
	if (!x || !n->name) {
		set_invalid(n);
		return;
	}
	if (x->kind == ND_IDENT) {
		Obj *p = lookup_name(x->name);
		if (p && p->kind == OBJ_PKG) {
			qualified_member(n, p);
			return;
		}
	}
	expr_raw(x, EX_TYPE);
	validate(x, EX_TYPE);
	if (is_invalid(x)) {
		set_invalid(n);
		return;
	}
	if (x->is_type) {
		method_expr(n, x->type);
		return;
	}
	if (type_is_untyped(x->type))
		convert_untyped(x, NULL, NULL);
	Selection sel = lookup_field_or_method(x->type, n->name);
	if (sel.kind == SEL_NONE && x->type->kind == TY_NAMED && type_under(x->type)->kind == TY_PTR) {
		// through a defined pointer type x.f is (*x).f, for fields only
		Selection field = lookup_field_or_method(type_under(x->type)->elem, n->name);
		if (field.kind == SEL_FIELD) {
			x = deref_if_pointer(x);
			sel = field;
		}
	}
	switch (sel.kind) {
	case SEL_NONE:
		no_such_member(n, n->lhs);
		return;
	case SEL_AMBIGUOUS:
		error_at(node_pos2(n), "ambiguous selector %s", expr_string(n));
		set_invalid(n);
		return;
	case SEL_FIELD:
		n->lhs = deref_if_pointer(embedded_path(n, x, sel.path, sel.npath - 1));
		n->field_index = sel.path[sel.npath - 1];
		n->type = sel.field->type;
		return;
	case SEL_METHOD:
		break;
	}
	Node *recv = embedded_path(n, x, sel.path, sel.npath);
	if (sel.iface_method) {
		n->lhs = deref_if_pointer(recv);
		n->obj = NULL;
		n->field_index = method_index(&type_under(n->lhs->type)->methods, n->name);
		n->type = sel.method->type;
		if (!(flags & EX_CALLEE))
			n->kind = ND_METHODVAL;
		return;
	}
	n->lhs = adjust_receiver(recv, sel.method, n);
	n->kind = ND_METHODVAL;
	n->obj = sel.method->func;
	n->type = sel.method->type;
	if (n->obj)
		use_obj(n->obj);
}

// ---- indexing and slicing ----

// Checks an index (or slice bound); length < 0 when unknown. Returns the
// constant value or -1.
static int64_t check_index_value(Node *i, int64_t length, bool allow_len) {
	check_expr(i);
	if (is_invalid(i))
		return -1;
	if (i->is_const && type_is_untyped(i->type)) {
		ConstVal v;
		Repr r = const_represent(*node_cval(i), ty_int, &v);
		if (r == REPR_MISMATCH) {
			error_at(expr_pos(i), "invalid argument: index %s must be integer", operand_string(i));
			return -1;
		}
		if (r != REPR_OK) {
			error_at(expr_pos(i), "%s %s int", operand_string(i), r == REPR_TRUNCATED ? "truncated to" : "overflows");
			return -1;
		}
		convert_untyped(i, ty_int, NULL);
	} else if (!type_is_integer(i->type)) {
		error_at(expr_pos(i), "invalid argument: index %s must be integer", operand_string(i));
		return -1;
	} else if (type_is_untyped(i->type))
		convert_untyped(i, ty_int, NULL);
	if (!i->is_const)
		return -1;
	__int128 v = node_cval(i)->i;
	if (v < 0) {
		error_at(expr_pos(i), "invalid argument: index %s must not be negative", operand_string(i));
		return -1;
	}
	if (length >= 0 && (allow_len ? v > length : v >= length)) {
		error_at(expr_pos(i), "invalid argument: index %s out of bounds [0:%lld]", expr_string(i),
		         (long long)length + (allow_len ? 1 : 0));
		return -1;
	}
	return (int64_t)v;
}

static void check_index(Node *n) {
	if (generic_index(n))
		return;
	Node *x = n->lhs;
	check_expr(x);
	if (is_invalid(x) || !n->rhs) {
		if (n->rhs)
			check_expr(n->rhs);
		set_invalid(n);
		return;
	}
	if (type_is_untyped(x->type))
		convert_untyped(x, NULL, NULL);
	Type *u = type_under(x->type);
	if (u->kind == TY_PTR && type_under(u->elem)->kind == TY_ARRAY) {
		n->lhs = x = deref_if_pointer(x);
		u = type_under(x->type);
	}
	switch (u->kind) {
	case TY_STRING: {
		int64_t len = x->is_const ? (int64_t)node_cval(x)->slen : -1;
		check_index_value(n->rhs, len, false);
		n->type = ty_byte; // indexing a constant string is not a constant
		return;
	}
	case TY_ARRAY:
		check_index_value(n->rhs, u->len, false);
		n->type = u->elem;
		return;
	case TY_SLICE:
		check_index_value(n->rhs, -1, false);
		n->type = u->elem;
		return;
	case TY_MAP:
		check_expr(n->rhs);
		assign_value(n->rhs, u->key, "map index");
		n->type = u->elem;
		return;
	default:
		check_expr(n->rhs);
		error_at(n->pos, "invalid operation: cannot index %s", operand_string(x));
		set_invalid(n);
	}
}

static void check_slice(Node *n) {
	Node *x = n->lhs;
	check_expr(x);
	Node *bounds[3] = {node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	if (is_invalid(x)) {
		for (int i = 0; i < 3; i++)
			if (bounds[i])
				check_expr(bounds[i]);
		set_invalid(n);
		return;
	}
	if (type_is_untyped(x->type))
		convert_untyped(x, NULL, NULL);
	Type *u = type_under(x->type);
	int64_t cap = -1;
	if (u->kind == TY_PTR && type_under(u->elem)->kind == TY_ARRAY) {
		n->lhs = x = deref_if_pointer(x);
		u = type_under(x->type);
		cap = u->len;
		n->type = type_slice(u->elem);
	} else if (u->kind == TY_ARRAY) {
		if (!is_addressable(x)) {
			error_at(expr_pos(x), "invalid operation: %s (slice of unaddressable value)", expr_string(n));
			set_invalid(n);
			return;
		}
		mark_addr_taken(x);
		cap = u->len;
		n->type = type_slice(u->elem);
	} else if (u->kind == TY_SLICE) {
		n->type = x->type;
	} else if (u->kind == TY_STRING) {
		if (node_ext(n)->slice3) {
			error_at(node_rare(n)->max ? expr_pos(node_rare(n)->max) : expr_pos(x), "invalid operation: 3-index slice of string");
			set_invalid(n);
			return;
		}
		if (x->is_const)
			cap = (int64_t)node_cval(x)->slen;
		n->type = x->type;
	} else {
		error_at(expr_pos(x), "cannot slice %s", operand_string(x));
		set_invalid(n);
		return;
	}
	int64_t prev = -1;
	for (int i = 0; i < 3; i++) {
		if (!bounds[i])
			continue;
		int64_t v = check_index_value(bounds[i], cap, true);
		if (v >= 0 && prev >= 0 && v < prev)
			error_at(expr_pos(bounds[i]), "invalid slice indices: %lld < %lld", (long long)v, (long long)prev);
		if (v >= 0)
			prev = v;
	}
}

static void check_typeassert(Node *n) {
	Node *x = n->lhs;
	check_expr(x);
	if (!n->rhs) {
		error_at(n->pos, "use of .(type) outside type switch");
		set_invalid(n);
		return;
	}
	Type *t = check_typexpr(n->rhs);
	if (is_invalid(x) || t == ty_invalid) {
		set_invalid(n);
		return;
	}
	if (stand_in_constraint(x->type)) {
		error_at(expr_pos(x), "invalid operation: cannot use type assertion on type parameter value %s",
		         operand_string(x));
		set_invalid(n);
		return;
	}
	if (!type_is_interface(x->type)) {
		error_at(expr_pos(x), "invalid operation: %s is not an interface", operand_string(x));
		set_invalid(n);
		return;
	}
	const char *why;
	if (!type_is_interface(t) && !implements(t, x->type, &why) && !in_instance()) {
		error_at(expr_pos(n), "impossible type assertion: %s\n\t%s does not implement %s %s",
		         expr_string(n), tstr(t), tstr(x->type), why);
		set_invalid(n);
		return;
	}
	n->type = t;
}

// ---- operators ----

static void check_star(Node *n, int flags) {
	expr_raw(n->lhs, EX_TYPE);
	validate(n->lhs, EX_TYPE);
	Node *x = n->lhs;
	if (is_invalid(x)) {
		if (x && x->is_type) {
			n->is_type = true;
		}
		set_invalid(n);
		return;
	}
	if (x->is_type) {
		n->is_type = true;
		n->type = type_ptr(x->type);
		return;
	}
	if (x->type == ty_untyped_nil) {
		error_at(expr_pos(x), "invalid operation: cannot indirect nil");
		set_invalid(n);
		return;
	}
	Type *u = type_under(x->type);
	if (u->kind != TY_PTR) {
		error_at(expr_pos(x), "invalid operation: cannot indirect %s", operand_string(x));
		set_invalid(n);
		return;
	}
	n->type = u->elem;
}

static bool is_boolean(Type *t) {
	Type *u = type_under(t);
	return u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL;
}

// A typed constant result must fit its type: "c * 3 (constant 300 of type int8) overflows int8".
static void fit_typed_const(Node *n) {
	if (!n->is_const || type_is_untyped(n->type))
		return;
	ConstVal v;
	Repr r = const_represent(*node_cval(n), n->type, &v);
	if (r == REPR_OK) {
		n->cval = const_new(v);
		return;
	}
	error_at(expr_pos(n), "%s (constant %s of type %s) overflows %s", expr_string(n), const_string(*node_cval(n)),
	         tstr(n->type), tstr(n->type));
	n->is_const = false;
}

static void check_unary(Node *n) {
	Op op = n->op;
	Node *x = n->lhs;
	if (op == OP_AND) {
		Node *u = unparen(x);
		if (u && u->kind == ND_COMPOSITE) {
			check_composite(u, NULL);
			if (x != u)
				x->type = u->type;
			n->type = is_invalid(u) ? ty_invalid : type_ptr(u->type);
			return;
		}
		check_expr(x);
		if (is_invalid(x)) {
			set_invalid(n);
			return;
		}
		if (!is_addressable(x)) {
			error_at(expr_pos(x), "invalid operation: cannot take address of %s", operand_string(x));
			set_invalid(n);
			return;
		}
		mark_addr_taken(x);
		n->type = type_ptr(x->type);
		return;
	}
	check_expr(x);
	if (is_invalid(x)) {
		set_invalid(n);
		return;
	}
	if (op == OP_ARROW) {
		Type *u = type_under(x->type);
		if (u->kind != TY_CHAN) {
			error_at(expr_pos(x), "invalid operation: cannot receive from non-channel %s", operand_string(x));
			set_invalid(n);
			return;
		}
		if (u->chan_dir == 1) {
			error_at(expr_pos(x), "invalid operation: cannot receive from send-only channel %s", operand_string(x));
			set_invalid(n);
			return;
		}
		n->type = u->elem;
		return;
	}
	bool ok = op == OP_NOT ? is_boolean(x->type) : op == OP_XOR ? type_is_integer(x->type)
	                                                             : type_is_numeric(x->type);
	if (!ok) {
		error_at(expr_pos(x), "invalid operation: operator %s not defined on %s", op_string(op), operand_string(x));
		set_invalid(n);
		return;
	}
	n->type = x->type;
	if (x->is_const) {
		ConstVal v;
		if (!const_unary(op, *node_cval(x), x->type, &v) || (type_is_untyped(x->type) && const_int_overflow(v))) {
			error_at(n->pos, "constant %soverflow", op == OP_XOR ? "bitwise complement " : "");
			set_invalid(n);
			return;
		}
		set_const(n, x->type, v);
		fit_typed_const(n);
	}
}

// Rank of untyped numeric kinds: int < rune < float < complex.
static int untyped_rank(Type *t) {
	switch (t->kind) {
	case TY_UNTYPED_INT: return 1;
	case TY_UNTYPED_RUNE: return 2;
	case TY_UNTYPED_FLOAT: return 3;
	case TY_UNTYPED_COMPLEX: return 4;
	default: return 0;
	}
}

// Set while a switch case value (lhs) is compared with the tag (rhs).
static bool switch_case;

// Go's report of an invalid comparison n because of cause, at operand at
// (a switch case is always reported at the case value).
static void bad_comparison(Node *n, Node *at, const char *cause) {
	if (switch_case)
		error_at(expr_pos(n->lhs), "invalid case %s in switch on %s (%s)", expr_string(n->lhs), expr_string(n->rhs),
		         cause);
	else
		error_at(expr_pos(at), "invalid operation: %s (%s)", expr_string(n), cause);
	set_invalid(n);
}

// The operation of x op= y being checked (check_assign_op).
static Node *assign_op;

// Go reports a comparison's mismatch at its second operand (only then is
// the mismatch known), other operations at their start; x op= y is
// spelled as the assignment.
static void mismatched(Node *n, Node *x, Node *y) {
	const char *cause = xasprintf("mismatched types %s and %s", tstr(x->type), tstr(y->type));
	if (op_is_comparison(n->op)) {
		bad_comparison(n, n->rhs, cause);
		return;
	}
	if (n == assign_op)
		error_at(expr_pos(n), "invalid operation: %s %s= %s (%s)", expr_string(n->lhs), op_string(n->op),
		         expr_string(n->rhs), cause);
	else
		error_at(expr_pos(n), "invalid operation: %s (%s)", expr_string(n), cause);
	set_invalid(n);
}

// Converts an untyped operand to the type of the other operand; reports
// as Go does for binary operations.
static bool convert_operand(Node *n, Node *x, Node *other) {
	Type *t = other->type;
	Type *u = type_under(t);
	if (x->type == ty_untyped_nil) {
		switch (u->kind) {
		case TY_PTR: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE: case TY_UNSAFEPTR:
			return convert_untyped(x, t, NULL);
		default:
			// types2's matchTypes does not even try: the operands mismatch
			mismatched(n, n->lhs, n->rhs);
			return false;
		}
	}
	if (u->kind == TY_INTERFACE)
		return convert_untyped(x, t, NULL);
	bool kind_ok;
	if (type_is_numeric(x->type))
		kind_ok = type_is_numeric(u);
	else if (type_is_string(x->type))
		kind_ok = type_is_string(u);
	else
		kind_ok = is_boolean(x->type) && is_boolean(u);
	bool all_string, all_boolean;
	if (!kind_ok && stand_in_term_kinds(t, &all_string, &all_boolean) &&
	    all_string == type_is_string(x->type) && all_boolean == is_boolean(x->type)) {
		// a type set of mixed kinds: types2 tries the conversion to T
		error_at(expr_pos(x), "cannot convert %s to %s", operand_string(x), tstr(t));
		set_invalid(n);
		return false;
	}
	if (!kind_ok) {
		// types2's matchTypes converts only within booleans and within
		// strings; a number meets the other type's underlying type
		if (!type_is_numeric(x->type) || is_boolean(u) || type_is_string(u))
			mismatched(n, n->lhs, n->rhs);
		else {
			error_at(expr_pos(x), "cannot convert %s to %s", operand_string(x), tstr(u));
			set_invalid(n);
		}
		return false;
	}
	if (!convert_untyped(x, t, NULL)) {
		set_invalid(n);
		return false;
	}
	return true;
}

// Brings two operands to a common type (the untyped one takes the other's).
static bool match_types(Node *n, Node *x, Node *y) {
	bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
	if (ux && !uy)
		return convert_operand(n, x, y);
	if (uy && !ux)
		return convert_operand(n, y, x);
	if (ux && uy) {
		int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
		if (rx && ry) {
			Type *t = rx >= ry ? x->type : y->type;
			ConstVal (*widen)(ConstVal) = t == ty_untyped_float     ? const_to_float
			                              : t == ty_untyped_complex ? const_to_complex
			                                                        : NULL;
			if (x->is_const && widen)
				x->cval = const_new(widen(*node_cval(x)));
			if (y->is_const && widen)
				y->cval = const_new(widen(*node_cval(y)));
			x->type = y->type = t;
			return true;
		}
		if (x->type != y->type && !(is_boolean(x->type) && is_boolean(y->type))) {
			mismatched(n, x, y);
			return false;
		}
	}
	return true;
}

static const char *kind_word(Type *t) {
	switch (type_under(t)->kind) {
	case TY_SLICE: return "slice";
	case TY_MAP: return "map";
	case TY_FUNC: return "func";
	case TY_STRUCT: return "struct";
	case TY_PTR: return "pointer";
	case TY_INTERFACE: return "interface";
	case TY_CHAN: return "chan";
	case TY_ARRAY: return "array";
	case TY_BOOL: case TY_UNTYPED_BOOL: return "bool";
	default: return tstr(t);
	}
}

static bool is_nil(Node *x) {
	return x->type == ty_untyped_nil || x->kind == ND_NIL;
}

// Why a comparable-looking type cannot be compared: the first offending component.
static Type *incomparable_part(Type *t) {
	Type *u = type_under(t);
	if (u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len; i++) {
			Type *ft = ((Field *)u->fields.data[i])->type;
			if (!type_is_comparable(ft))
				return ft;
		}
	if (u->kind == TY_ARRAY)
		return u->elem;
	return t;
}

static void comparison(Node *n, Op op) {
	Node *x = n->lhs, *y = n->rhs;
	if (is_nil(x) && is_nil(y)) {
		error_at(expr_pos(x), "invalid operation: %s (operator %s not defined on nil)", expr_string(n), op_string(op));
		set_invalid(n);
		return;
	}
	if ((is_nil(y) && opaque_stand_in(x->type)) || (is_nil(x) && opaque_stand_in(y->type))) {
		mismatched(n, x, y); // a type parameter's value is not nil-able as such
		return;
	}
	if (!match_types(n, x, y))
		return;
	const char *why;
	if (!assignable_to(x, y->type, &why) && !assignable_to(y, x->type, &why)) {
		mismatched(n, x, y);
		return;
	}
	Type *t = is_nil(x) ? y->type : x->type;
	if (opaque_stand_in(t) && (op != OP_EQ && op != OP_NE ? true : !stand_in_comparable(t))) {
		bad_comparison(n, x,
		               op == OP_EQ || op == OP_NE
		                   ? "incomparable types in type set"
		                   : xasprintf("type parameter %s is not comparable with %s", tstr(t), op_string(op)));
		return;
	}
	if (op == OP_EQ || op == OP_NE) {
		if (!is_nil(x) && !is_nil(y)) {
			Type *bad = !type_is_comparable(x->type) ? x->type : !type_is_comparable(y->type) ? y->type : NULL;
			if (bad) {
				Type *bu = type_under(bad);
				bad_comparison(n, bad == x->type ? x : y,
				               bu->kind == TY_SLICE || bu->kind == TY_MAP || bu->kind == TY_FUNC
				                   ? xasprintf("%s can only be compared to nil", kind_word(bad))
				                   : xasprintf("%s containing %s cannot be compared", kind_word(bad),
				                               tstr(incomparable_part(bad))));
				return;
			}
		}
	} else {
		Type *u = type_under(t);
		if (!(type_is_integer(u) || type_is_float(u) || type_is_string(u))) {
			error_at(expr_pos(x), "invalid operation: %s (operator %s not defined on %s)", expr_string(n),
			         op_string(op), kind_word(t));
			set_invalid(n);
			return;
		}
	}
	// mixed interface / concrete comparisons box the concrete side
	if (type_is_interface(x->type) && !type_is_interface(y->type) && !is_nil(y))
		node_wrap(y, ND_TOIFACE, x->type);
	else if (type_is_interface(y->type) && !type_is_interface(x->type) && !is_nil(x))
		node_wrap(x, ND_TOIFACE, y->type);
	n->type = ty_untyped_bool;
	if (x->is_const && y->is_const) {
		bool r = const_compare(op, *node_cval(x), *node_cval(y));
		set_const(n, ty_untyped_bool, cv_bool(r));
		// the operands are never materialized: any value is fine
		settle_folded(x);
		settle_folded(y);
		return;
	}
	if (type_is_untyped(x->type))
		convert_untyped(x, NULL, NULL);
	if (type_is_untyped(y->type))
		convert_untyped(y, NULL, NULL);
}

static void shift(Node *n, Op op) {
	Node *x = n->lhs, *y = n->rhs;
	if (is_invalid(x) || is_invalid(y)) {
		set_invalid(n);
		return;
	}
	// the count; Go's message about its bound shows it before conversion
	const char *count_desc = x->is_const && y->is_const ? operand_string(y) : NULL;
	if (y->is_const) {
		ConstVal v;
		Repr r = const_represent(*node_cval(y), ty_untyped_int, &v);
		if (r != REPR_OK || const_compare(OP_LT, v, cv_int(0))) {
			if (r == REPR_OK)
				error_at(expr_pos(y), "invalid operation: negative shift count %s", operand_string(y));
			else if (type_is_untyped(y->type) && !type_is_numeric(y->type))
				error_at(expr_pos(y), "cannot convert %s to uint", operand_string(y));
			else if (type_is_untyped(y->type))
				convert_untyped(y, ty_uint, NULL); // types2: representable as uint (1.5 truncated to uint)
			else
				error_at(expr_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
			set_invalid(n);
			return;
		}
		if (type_is_untyped(y->type))
			convert_untyped(y, ty_uint, NULL);
		y->cval = const_new(v);
	} else if (!type_is_integer(y->type)) {
		error_at(expr_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
		set_invalid(n);
		return;
	} else if (type_is_untyped(y->type))
		convert_untyped(y, ty_uint, NULL);
	// the shifted operand
	if (x->is_const && type_is_untyped(x->type)) {
		ConstVal v;
		if (const_represent(*node_cval(x), ty_untyped_int, &v) != REPR_OK) {
			error_at(expr_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
			set_invalid(n);
			return;
		}
		x->cval = const_new(v);
		if (x->type == ty_untyped_float || x->type == ty_untyped_complex)
			x->type = ty_untyped_int;
	} else if (!type_is_integer(x->type)) {
		error_at(expr_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(x));
		set_invalid(n);
		return;
	}
	n->type = x->type;
	if (x->is_const && y->is_const) {
		// types2's bound: enough to express the smallest float64
		enum { SHIFT_BOUND = 1023 - 1 + 52 };
		ConstVal v;
		int64_t count;
		if (!const_int64(*node_cval(y), &count) || count > SHIFT_BOUND) {
			error_at(expr_pos(y), "invalid operation: invalid shift count %s", count_desc);
			set_invalid(n);
			return;
		}
		const_shift(op, *node_cval(x), (uint64_t)count, &v);
		if (type_is_untyped(x->type) && const_int_overflow(v)) {
			error_at(n->pos, "constant shift overflow");
			set_invalid(n);
			return;
		}
		set_const(n, x->type, v);
		fit_typed_const(n);
	}
}

static bool op_defined(Op op, Type *t) {
	switch (op) {
	case OP_ADD: return type_is_numeric(t) || type_is_string(t);
	case OP_SUB: case OP_MUL: case OP_DIV: return type_is_numeric(t);
	case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: return type_is_integer(t);
	case OP_LAND: case OP_LOR: return is_boolean(t);
	default: return false;
	}
}

// Go's name for an operation whose untyped result grew beyond 512 bits.
static const char *overflow_op_name(Op op) {
	switch (op) {
	case OP_ADD: return "addition ";
	case OP_SUB: return "subtraction ";
	case OP_MUL: return "multiplication ";
	case OP_XOR: return "bitwise XOR ";
	default: return "";
	}
}

// Shared by binary expressions and compound assignments (x op= y).
void check_binary_nodes(Node *n) {
	Op op = n->op;
	Node *x = n->lhs, *y = n->rhs;
	if (is_invalid(x) || is_invalid(y)) {
		set_invalid(n);
		return;
	}
	if (op == OP_SHL || op == OP_SHR) {
		shift(n, op);
		return;
	}
	if (op_is_comparison(op)) {
		comparison(n, op);
		return;
	}
	if (!match_types(n, x, y))
		return;
	if (!type_identical(x->type, y->type)) {
		mismatched(n, x, y);
		return;
	}
	Type *t = x->type;
	if (!op_defined(op, t)) {
		Node *bad = x;
		error_at(expr_pos(x), "invalid operation: operator %s not defined on %s", op_string(op), operand_string(bad));
		set_invalid(n);
		return;
	}
	if ((op == OP_DIV || op == OP_REM) && y->is_const && const_is_zero(*node_cval(y)) &&
	    (x->is_const || type_is_integer(t))) {
		error_at(expr_pos(y), "invalid operation: division by zero");
		set_invalid(n);
		return;
	}
	n->type = t;
	if (x->is_const && y->is_const) {
		ConstVal v;
		bool integer = type_is_integer(t) && node_cval(x)->kind == CV_INT && node_cval(y)->kind == CV_INT;
		if (!const_binary(op, *node_cval(x), *node_cval(y), integer, &v)) {
			error_at(expr_pos(y), "invalid operation: division by zero");
			set_invalid(n);
			return;
		}
		if (v.kind == CV_NONE) {
			error_at(n->pos, "constant result is not representable");
			set_invalid(n);
			return;
		}
		if (type_is_untyped(t) && const_int_overflow(v)) {
			error_at(n->pos, "constant %soverflow", overflow_op_name(op));
			set_invalid(n);
			return;
		}
		set_const(n, t, v);
		fit_typed_const(n);
	}
}

void check_assign_op(Node *op) {
	assign_op = op;
	check_binary_nodes(op);
	assign_op = NULL;
}

void check_case_value(Node *cmp) {
	switch_case = true;
	check_binary_nodes(cmp);
	switch_case = false;
}

static void check_binary(Node *n) {
	check_expr(n->lhs);
	check_expr(n->rhs);
	check_binary_nodes(n);
}

// Is an integer literal's spelling well formed (else the lexer reported it)?
static bool int_literal_ok(const char *s, size_t n) {
	int base = 10;
	size_t i = 0;
	if (n >= 2 && s[0] == '0') {
		char c = (char)(s[1] | 0x20);
		base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
		i = c == 'x' || c == 'b' || c == 'o' ? 2 : 1;
	}
	bool digits = i == 1;
	for (; i < n; i++) {
		char c = (char)(s[i] | 0x20);
		int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : s[i] == '_' ? -1 : 99;
		if (d >= base)
			return false;
		digits |= d >= 0;
	}
	return digits;
}

// Numeric literals get their exact value from their spelling (the lexer's
// cval holds at most 128 bits or a double; CV_NONE for a malformed float
// literal it reported).
static void check_literal(Node *n, Type *t) {
	ConstVal v = *node_cval(n);
	bool floating = n->kind == ND_FLOATLIT || n->kind == ND_IMAGLIT;
	if (n->lit && (n->kind == ND_INTLIT || (floating && v.kind != CV_NONE))) {
		size_t len = n->litlen ? n->litlen : strlen(n->lit);
		if (n->kind == ND_INTLIT && const_literal_decoded(n->lit, len, &v)) {
			n->type = t; // most literals: the lexer's value, as it is
			n->is_const = true;
			return;
		}
		if (n->kind == ND_INTLIT && !int_literal_ok(n->lit, len))
			v.kind = CV_NONE;
		else if (n->kind == ND_IMAGLIT)
			v = const_from_imag_literal(n->lit, len);
		else
			v = const_from_literal(n->lit, len, n->kind == ND_FLOATLIT);
		if (floating && v.kind == CV_NONE) // beyond big.Float's exponent range
			error_at(n->pos, "malformed constant: %.*s", (int)len, n->lit);
	}
	if (v.kind == CV_NONE)
		set_invalid(n); // the lexer already reported the malformed literal
	else
		set_const(n, t, v);
}

static void expr_raw(Node *n, int flags) {
	if (!n || n->type)
		return;
	switch (n->kind) {
	case ND_IDENT: check_ident(n); return;
	case ND_INTLIT: check_literal(n, ty_untyped_int); return;
	case ND_FLOATLIT: check_literal(n, ty_untyped_float); return;
	case ND_RUNELIT: check_literal(n, ty_untyped_rune); return;
	case ND_STRLIT: check_literal(n, ty_untyped_string); return;
	case ND_IMAGLIT: check_literal(n, ty_untyped_complex); return;
	case ND_PAREN:
		expr_raw(n->lhs, flags);
		if (!n->lhs) {
			set_invalid(n);
			return;
		}
		n->type = n->lhs->type;
		n->is_type = n->lhs->is_type;
		n->is_const = n->lhs->is_const;
		n->cval = n->lhs->cval;
		n->obj = n->lhs->obj;
		return;
	case ND_SELECTOR: selector(n, flags); return;
	case ND_INDEX: check_index(n); return;
	case ND_SLICEEXPR: check_slice(n); return;
	case ND_TYPEASSERT: check_typeassert(n); return;
	case ND_CALL: check_call(n); return;
	case ND_STAR: check_star(n, flags); return;
	case ND_UNARY: check_unary(n); return;
	case ND_BINARY: check_binary(n); return;
	case ND_COMPOSITE: check_composite(n, NULL); return;
	case ND_FUNCLIT: check_funclit(n); return;
	case ND_ARRAYTYPE: case ND_MAPTYPE: case ND_CHANTYPE: case ND_FUNCTYPE: case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: case ND_ELLIPSIS:
		check_typexpr(n);
		return;
	case ND_KEYVAL:
		error_at(n->pos, "unexpected key:value expression");
		set_invalid(n);
		return;
	default:
		set_invalid(n);
	}
}
