// check_type.c - type expressions, signatures, interfaces, methods of
// named types, field/method lookup through embedding, and interface
// satisfaction. implements() explains failures as Go does, parenthesised.
#include <stdlib.h>
#include <string.h>
#include "check.h"

Type *new_named(Obj *obj) {
	Type *t = new_type(TY_NAMED);
	t->obj = obj;
	t->pkg = ck.pkg;
	t->pkgpath = ck.path;
	obj->type = t;
	return t;
}

static PtrMap constraint_ifaces; // interface Type* with type-set elements

// The interface underlying comparable (and the types defined from it).
static bool is_comparable_iface(Type *t) {
	Obj *c = scope_lookup_local(ck.universe, "comparable");
	return t && c && c->type && type_under(t) == type_under(c->type);
}

bool is_constraint_iface(Type *t) {
	return t && (is_comparable_iface(t) || ptrmap_get(&constraint_ifaces, type_under(t)) != NULL);
}

static Type *type_ident(Node *n) {
	Obj *o = lookup_name(n->name);
	if (!o) {
		error_at(n->pos, "undefined: %s", n->name);
		return ty_invalid;
	}
	use_obj(o);
	n->obj = o;
	if (o->kind != OBJ_TYPE) {
		check_expr(n);
		if (!is_invalid(n))
			error_at(n->pos, "%s is not a type", operand_string(n));
		return ty_invalid;
	}
	if (is_generic(o)) {
		error_at(n->pos, "cannot use generic type %s without instantiation", generic_string(o));
		return ty_invalid;
	}
	if (!ck.in_constraint && o->type && is_constraint_iface(o->type)) {
		bool comparable = is_comparable_iface(o->type);
		error_at(n->pos, "cannot use type %s outside a type constraint: %s", o->name,
		         comparable ? "interface is (or embeds) comparable" : "interface contains type constraints");
		return ty_invalid;
	}
	return o->type ? o->type : ty_invalid;
}

static Type *type_qualified(Node *n) {
	Node *pkg = n->lhs;
	Obj *p = pkg && pkg->kind == ND_IDENT ? lookup_name(pkg->name) : NULL;
	if (!p || p->kind != OBJ_PKG) {
		check_expr(n);
		if (!is_invalid(n))
			error_at(expr_pos(n), "%s is not a type", expr_string(n));
		return ty_invalid;
	}
	p->pkg_used = true;
	pkg->obj = p;
	Obj *m = package_member(p, n->name);
	if (!m) {
		error_at(node_pos2(n), "undefined: %s.%s", pkg->name, n->name);
		return ty_invalid;
	}
	if (m->kind != OBJ_TYPE) {
		error_at(expr_pos(n), "%s.%s is not a type", pkg->name, n->name);
		return ty_invalid;
	}
	n->obj = m;
	return m->type;
}

static Type *array_type(Node *n) {
	Type *elem = check_typexpr(n->lhs);
	if (!node_rare(n)->len)
		return type_slice(elem);
	if (node_ext(n)->is_dotdotdot) {
		error_at(n->pos, "invalid use of [...] array (outside a composite literal)");
		return ty_invalid;
	}
	check_expr(node_rare(n)->len);
	if (is_invalid(node_rare(n)->len))
		return ty_invalid;
	if (!node_rare(n)->len->is_const) {
		error_at(expr_pos(node_rare(n)->len), "array length %s (value of type %s) must be constant",
		         expr_string(node_rare(n)->len), tstr(node_rare(n)->len->type));
		return ty_invalid;
	}
	// types2's arrayLength: an untyped or integer constant whose value is
	// an integer (2.0, 2+0i) that fits int
	Type *lt = node_rare(n)->len->type;
	ConstVal as_int, v;
	bool integral = (type_is_untyped(lt) || type_is_integer(lt)) &&
	                const_represent(*node_cval(node_rare(n)->len), ty_untyped_int, &as_int) == REPR_OK;
	bool fits = integral && const_represent(as_int, ty_int, &v) == REPR_OK;
	if (!fits || v.i < 0) {
		bool invalid = type_is_integer(lt) || fits;
		error_at(expr_pos(node_rare(n)->len), invalid ? "invalid array length %s" : "array length %s must be integer",
		         operand_string(node_rare(n)->len));
		return ty_invalid;
	}
	if (type_is_untyped(node_rare(n)->len->type))
		convert_untyped(node_rare(n)->len, ty_int, NULL);
	return type_array(elem, (int64_t)v.i);
}

// The package an unexported field or method name belongs to: two such
// names are the same only within one package.
static const char *name_pkgpath(const char *name) {
	return is_exported(name) || !strcmp(name, "_") ? NULL : ck.path;
}

static Type *struct_type(Node *n) {
	Type *t = new_type(TY_STRUCT);
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *fd = node_list(n)->data[i];
		Type *ft = check_typexpr(fd->lhs);
		int count = node_ext(fd)->names.len ? node_ext(fd)->names.len : 1;
		for (int k = 0; k < count; k++) {
			Field *f = xcalloc(1, sizeof(Field));
			f->type = ft;
			if (node_ext(fd)->names.len) {
				Node *id = node_ext(fd)->names.data[k];
				f->name = id->name;
				f->pos = id->pos;
			} else {
				// embedded: the field is named after the type (T or *T or pkg.T)
				Node *tn = unparen(fd->lhs);
				if (tn && tn->kind == ND_STAR)
					tn = unparen(tn->lhs);
				if (tn && tn->kind == ND_INDEX) // an instance T[A] is named T
					tn = unparen(tn->lhs);
				f->name = tn && tn->name ? tn->name : "?";
				f->embedded = true;
				f->pos = fd->lhs ? expr_pos(fd->lhs) : fd->pos;
			}
			f->pkgpath = name_pkgpath(f->name);
			if (node_rare(fd)->tag && node_cval(node_rare(fd)->tag)->kind == CV_STRING && node_cval(node_rare(fd)->tag)->slen)
				f->tag = xstrndup(node_cval(node_rare(fd)->tag)->s, node_cval(node_rare(fd)->tag)->slen);
			for (int j = 0; j < t->fields.len; j++) {
				Field *g = t->fields.data[j];
				if (strcmp(f->name, "_") && !strcmp(g->name, f->name)) {
					error_at(f->pos, "%s redeclared", f->name);
					break;
				}
			}
			vec_push(&t->fields, f);
		}
	}
	return t;
}

static void tuple_of_fields(Vec *fields, Vec *out, bool *variadic) {
	for (int i = 0; i < fields->len; i++) {
		Node *fd = fields->data[i];
		Node *tn = fd->lhs;
		Type *pt;
		if (tn && tn->kind == ND_ELLIPSIS) {
			if (!variadic || i != fields->len - 1 || node_ext(fd)->names.len > 1)
				error_at(tn->pos, "can only use ... with final parameter in list");
			else
				*variadic = true;
			pt = type_slice(check_typexpr(tn->lhs));
			tn->type = pt;
			tn->is_type = true;
		} else
			pt = check_typexpr(tn);
		int count = node_ext(fd)->names.len ? node_ext(fd)->names.len : 1;
		for (int k = 0; k < count; k++)
			vec_push(out, pt);
	}
}

Type *signature_of(Node *ftype) {
	Type *t = new_type(TY_FUNC);
	if (!ftype)
		return t;
	tuple_of_fields(&node_rare_mut(ftype)->params, &t->params, &t->variadic);
	tuple_of_fields(&node_rare_mut(ftype)->results, &t->results, NULL);
	ftype->type = t;
	ftype->is_type = true;
	return t;
}

static int method_cmp(const void *a, const void *b) {
	return strcmp((*(Method **)a)->name, (*(Method **)b)->name);
}

// Adds the embedded interfaces' methods and sorts the set by name (the
// order codegen uses for itabs). Duplicates with identical signatures are
// allowed since Go 1.14.
static void complete_interface(Type *t) {
	for (int i = 0; i < t->embeds.len; i++) {
		Type *e = type_under(t->embeds.data[i]);
		if (!e || e->kind != TY_INTERFACE)
			continue;
		for (int j = 0; j < e->methods.len; j++) {
			Method *m = e->methods.data[j];
			bool dup = false;
			for (int k = 0; k < t->methods.len; k++)
				if (!strcmp(((Method *)t->methods.data[k])->name, m->name))
					dup = true;
			if (!dup)
				vec_push(&t->methods, m);
		}
	}
	t->embeds.len = 0;
	if (t->methods.len > 1)
		qsort(t->methods.data, t->methods.len, sizeof(void *), method_cmp);
}

static Type *interface_type(Node *n) {
	Type *t = new_type(TY_INTERFACE);
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *fd = node_list(n)->data[i];
		if (node_ext(fd)->names.len) {
			Node *id = node_ext(fd)->names.data[0];
			Method *m = xcalloc(1, sizeof(Method));
			m->name = id->name;
			m->pkgpath = name_pkgpath(m->name);
			m->type = signature_of(fd->lhs);
			for (int k = 0; k < t->methods.len; k++)
				if (!strcmp(((Method *)t->methods.data[k])->name, m->name))
					error_at(id->pos, "duplicate method %s", m->name);
			vec_push(&t->methods, m);
			continue;
		}
		// type-set elements (~T, unions, non-interface types) only
		// matter as constraints, checked by check_generic_constraint.c
		Node *el = unparen(fd->lhs);
		if (el->kind == ND_UNION || el->kind == ND_TILDE) {
			ptrmap_put(&constraint_ifaces, t, t);
			continue;
		}
		bool saved = ck.in_constraint;
		ck.in_constraint = true;
		Type *e = check_typexpr(fd->lhs);
		ck.in_constraint = saved;
		if (e != ty_invalid && (!type_is_interface(e) || is_constraint_iface(e)))
			ptrmap_put(&constraint_ifaces, t, t);
		if (e != ty_invalid && type_is_interface(e))
			vec_push(&t->embeds, e);
	}
	complete_interface(t);
	return t;
}

static Type *typexpr(Node *n) {
	switch (n->kind) {
	case ND_IDENT: return type_ident(n);
	case ND_SELECTOR: return type_qualified(n);
	case ND_PAREN: return check_typexpr(n->lhs);
	case ND_STAR: return type_ptr(check_typexpr(n->lhs));
	case ND_ARRAYTYPE: return array_type(n);
	case ND_MAPTYPE: {
		Type *k = check_typexpr(n->lhs), *v = check_typexpr(n->rhs);
		Type *ku = type_under(k);
		if (k != ty_invalid && opaque_stand_in(k) && !stand_in_comparable(k))
			error_at(expr_pos(n->lhs), "invalid map key type %s (missing comparable constraint)", tstr(k));
		else if (k != ty_invalid && ku != ty_invalid && !type_is_comparable(k))
			error_at(expr_pos(n->lhs), "invalid map key type %s", tstr(k));
		return type_map(k, v);
	}
	case ND_CHANTYPE: {
		Type *t = new_type(TY_CHAN);
		t->elem = check_typexpr(n->lhs);
		t->chan_dir = node_ext(n)->chan_dir;
		return t;
	}
	case ND_FUNCTYPE: return signature_of(n);
	case ND_STRUCTTYPE: return struct_type(n);
	case ND_INTERFACETYPE: return interface_type(n);
	case ND_ELLIPSIS:
		error_at(n->pos, "invalid use of ...");
		return ty_invalid;
	case ND_INDEX: return instantiate_type_expr(n);
	default:
		check_expr(n);
		if (!is_invalid(n))
			error_at(expr_pos(n), "%s is not a type", expr_string(n));
		return ty_invalid;
	}
}

Type *check_typexpr(Node *n) {
	if (!n)
		return ty_invalid;
	if (n->is_type && n->type)
		return n->type;
	Type *t = typexpr(n);
	n->type = t ? t : ty_invalid;
	n->is_type = true;
	return n->type;
}

void attach_method(Obj *fn, Type *base, bool ptr_recv, Type *sig) {
	if (!strcmp(fn->name, "_"))
		return; // checked and compiled, but no member of any method set
	for (int i = 0; i < base->methods.len; i++) {
		Method *m = base->methods.data[i];
		if (!strcmp(m->name, fn->name)) {
			error_at(fn->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s", base->obj->name,
			         fn->name, pos_label(m->func->pos), fn->name);
			return;
		}
	}
	Type *u = type_under(base);
	if (u && u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len; i++)
			if (!strcmp(((Field *)u->fields.data[i])->name, fn->name)) {
				error_at(fn->pos, "field and method with the same name %s", fn->name);
				return;
			}
	Method *m = xcalloc(1, sizeof(Method));
	m->name = fn->name;
	m->type = sig;
	m->func = fn;
	m->ptr_recv = ptr_recv;
	vec_push(&base->methods, m);
}

static const char *signature_tail(Type *sig) {
	const char *s = tstr(sig);
	return s + 4; // drop "func"
}

bool implements(Type *t, Type *iface, const char **why) {
	Type *iu = type_under(iface);
	if (!iu || iu->kind != TY_INTERFACE)
		return false;
	Type *tu = type_under(t);
	for (int i = 0; i < iu->methods.len; i++) {
		Method *want = iu->methods.data[i];
		Method *have = NULL;
		bool ptr_problem = false;
		if (tu->kind == TY_INTERFACE) {
			have = method_by_name(&tu->methods, want->name);
		} else {
			Selection sel = lookup_field_or_method(t, want->name);
			if (sel.kind == SEL_METHOD) {
				have = sel.method;
				ptr_problem = !sel.iface_method && have->ptr_recv && !sel.indirect;
			}
		}
		if (!have) {
			*why = xasprintf("(missing %s method)", want->name);
			return false;
		}
		if (!type_identical(have->type, want->type)) {
			*why = xasprintf("(wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s", want->name,
			                 want->name, signature_tail(have->type), want->name,
			                 signature_tail(want->type));
			return false;
		}
		if (ptr_problem) {
			*why = xasprintf("(%s method has pointer receiver)", want->name);
			return false;
		}
	}
	return true;
}
