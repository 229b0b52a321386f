// check_generic_constraint.c - constraints: whether a type argument is in
// its constraint's type set (with Go's reasons when not), and
// instantiation cycles.
#include <string.h>
#include "generic.h"

static bool satisfies(Type *t, Node *c, Scope *s, const char **why);
static bool failed_comparable; // satisfies found a type that is not comparable

Type *type_of_expr(Node *n, Scope *s) {
	bool saved = ck.in_constraint;
	ck.in_constraint = true;
	Type *t = type_in(NULL, s, node_copy(n), false);
	ck.in_constraint = saved;
	return t;
}

static bool in_type_set(Type *t, Node *term, Scope *s) {
	term = unparen(term);
	if (term->kind == ND_TILDE)
		return type_identical(type_under(t), type_under(type_of_expr(term->lhs, s)));
	return satisfies(t, term, s, &(const char *){NULL});
}

static const char *union_string(Node *u, Scope *s) {
	StrBuf b = {0};
	for (int i = 0; i < node_list(u)->len; i++) {
		Node *term = unparen(node_list(u)->data[i]);
		if (i)
			strbuf_put(&b, " | ");
		if (term->kind == ND_TILDE) {
			strbuf_put(&b, "~");
			term = term->lhs;
		}
		strbuf_put(&b, tstr(type_of_expr(term, s)));
	}
	return strbuf_text(&b);
}

// The scope a named constraint's declaration is checked in.
Scope *decl_scope(Obj *o, Scope *fallback) {
	DeclInfo *d = ptrmap_get(&ck.decls, o);
	return d ? d->file_scope : fallback;
}

// Whether t is in the type set of constraint c (checked in scope s); *why
// gets Go's parenthesised reason otherwise.
static bool satisfies(Type *t, Node *c, Scope *s, const char **why) {
	c = unparen(c);
	switch (c->kind) {
	case ND_UNION:
		for (int i = 0; i < node_list(c)->len; i++)
			if (in_type_set(t, node_list(c)->data[i], s))
				return true;
		*why = xasprintf("(%s missing in %s)", tstr(t), union_string(c, s));
		return false;
	case ND_TILDE:
		if (in_type_set(t, c, s))
			return true;
		*why = xasprintf("(%s missing in ~%s)", tstr(t), tstr(type_of_expr(c->lhs, s)));
		return false;
	case ND_INTERFACETYPE: { // the methods first, as types2
		Type *iface = type_of_expr(c, s);
		if (!implements(t, iface, why))
			return false;
		for (int i = 0; i < node_list(c)->len; i++) {
			Node *e = node_list(c)->data[i];
			if (!node_ext(e)->names.len && !satisfies(t, e->lhs, s, why))
				return false;
		}
		return true;
	}
	case ND_IDENT: case ND_SELECTOR: {
		Scope *saved = ck.scope;
		ck.scope = s;
		Obj *o = c->kind == ND_IDENT ? lookup_name(c->name) : NULL;
		ck.scope = saved;
		if (o && o->kind == OBJ_TYPE && scope_lookup_local(ck.universe, o->name) == o &&
		    !strcmp(o->name, "comparable")) {
			*why = "";
			if (type_is_interface(t) || !type_is_comparable(t)) {
				failed_comparable = true; // Go names comparable, wherever it is embedded
				return false;
			}
			return true;
		}
		// a declared constraint: its interface, or the constraint it names
		NodeKind rhs = o && o->kind == OBJ_TYPE && o->decl && o->decl->kind == ND_TYPESPEC &&
		                       !node_rare(o->decl)->tparams.len && o->decl->lhs
		                   ? unparen(o->decl->lhs)->kind
		                   : ND_EMPTY;
		if (rhs == ND_INTERFACETYPE || rhs == ND_IDENT || rhs == ND_SELECTOR)
			return satisfies(t, o->decl->lhs, decl_scope(o, s), why);
		Type *ct = type_of_expr(c, s);
		if (type_is_interface(ct))
			return implements(t, ct, why);
		*why = xasprintf("(%s missing in %s)", tstr(t), tstr(ct));
		return type_identical(t, ct);
	}
	default: {
		Type *ct = type_of_expr(c, s);
		if (type_is_interface(ct))
			return implements(t, ct, why);
		*why = xasprintf("(%s missing in %s)", tstr(t), tstr(ct));
		return type_identical(t, ct);
	}
	}
}

// Reports the first type argument outside its constraint; at[i] is where
// Go reports a problem with argument i.
bool check_constraints(Generic *g, Vec *targs, Pos *at) {
	Scope *s = bind_scope(g, g->file_scope, &g->names, targs);
	for (int i = 0; i < targs->len; i++) {
		const char *why = "";
		failed_comparable = false;
		Type *t = targs->data[i];
		if (t == ty_invalid)
			return false;
		Node *c = g->constraints.data[i];
		if (opaque_stand_in(t) && !stand_in_comparable(t) && embeds_comparable(c, g->file_scope)) {
			// a type parameter without type terms is comparable only by its constraint
			error_at(at[i], "%s does not implement comparable", tstr(t));
			return false;
		}
		if (has_stand_in(t, 0) || satisfies(t, c, s, &why)) // a stand-in stands for any argument
			continue;
		Node *cu = unparen(c);
		StrBuf written = {0};
		write_constraint(&written, cu, "|");
		const char *cname = cu->kind == ND_IDENT || cu->kind == ND_SELECTOR || cu->kind == ND_UNION ||
		                            cu->kind == ND_TILDE
		                        ? strbuf_text(&written)
		                        : tstr(type_of_expr(c, s));
		if (cu->kind == ND_SELECTOR && cu->lhs && cu->lhs->kind == ND_IDENT)
			cname = xasprintf("%s.%s", cu->lhs->name, cu->name);
		if (failed_comparable)
			cname = "comparable";
		error_at(at[i], "%s does not implement %s%s%s", tstr(t), cname, *why ? " " : "", why);
		return false;
	}
	return true;
}

// A generic body that instantiates itself with ever larger type arguments
// (F[T] calling F[[]T]) would never end: Go reports the cycle.
// Seen in its stand-in check: it instantiates itself with a type made from
// its own type parameter (Go's message names that type); in instances a
// chain that keeps growing stops the same way.
bool instantiation_cycle(Generic *g, Vec *targs, Pos at) {
	if (gen.cur_job && gen.cur_job->stand_in && gen.cur_job->g == g) {
		for (int i = 0; i < targs->len; i++) {
			Type *t = targs->data[i];
			if (!has_stand_in(t, 0) || ptrmap_get(&gen.stand_in_of, t))
				continue;
			Node *tp = g->names.data[i];
			if (gen.laying_out)
				return true; // check_generics reports it
			diag_set_filter(novel);
			error_at(tp->pos, "instantiation cycle:\n\t%s: %s instantiated as %s", pos_label(at), tp->name,
			         tstr(t));
			diag_set_filter(gen.cur_job->filter);
			return true;
		}
	}
	if (gen.body_depth < 32 || find_instance(g, targs, NULL))
		return false;
	Node *tp = g->names.data[0];
	error_at(tp->pos, "instantiation cycle:\n\t%s: %s instantiated as %s", pos_label(at), tp->name,
	         tstr(targs->data[0]));
	return true;
}
