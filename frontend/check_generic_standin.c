// check_generic_standin.c - generic bodies checked once with stand-ins
// for their type parameters: where Go's errors about a generic body come
// from (its instances then report none).
#include <string.h>
#include "generic.h"

// gc checks a generic body once, with its type parameters as types of
// their own. goscape checks it with stand-ins: named types spelled like the
// parameters whose underlying type is the constraint's interface, or for a
// type set one of its terms' (once per term: what every term allows is
// what the set allows). Then the stand-in checks report the body's errors
// and its instances report none. Constraints a stand-in cannot model (type
// sets with methods, intersections, generic constraints) leave the errors
// to the instances, and the stand-in check of such a generic that nothing
// instantiates keeps only the errors that cannot depend on the type
// arguments. The code made for stand-ins is dropped.
bool type_independent(Pos pos, const char *msg) {
	return !strncmp(msg, "undefined: ", 11) || strstr(msg, " declared but not used") ||
	       !strcmp(msg, "missing return") || (!strncmp(msg, "label ", 6) && strstr(msg, " defined and not used"));
}

bool report_none(Pos pos, const char *msg) {
	return false;
}

// A stand-in check runs once per term of a type set: each error once.
bool novel(Pos pos, const char *msg) {
	static Vec seen; // "file:line:col:msg"
	const char *key = xasprintf("%d:%d:%d:%s", pos.file, pos.line, pos.col, msg);
	for (int i = 0; i < seen.len; i++)
		if (!strcmp(seen.data[i], key))
			return false;
	vec_push(&seen, (void *)key);
	return true;
}

// What a constraint allows, as far as a stand-in can model it: methods,
// and the first type term (for a type set, the stand-in's underlying type
// is that term's: what is valid for it is valid for most of the set).
typedef struct Model {
	bool methods;
	Node *term;          // type expression of the first type term, or NULL
	Scope *term_scope;   // where term is declared (NULL: the generic's own constraint)
	Vec terms;           // Node*: every term of the type set (term is the first)
} Model;

// Fills m from constraint c (in scope s, own: the generic's constraint);
// false when a stand-in cannot model it.
static bool model(Node *c, Scope *s, bool own, Model *m) {
	c = unparen(c);
	switch (c->kind) {
	case ND_UNION:
		if (!model(node_list(c)->data[0], s, own, m))
			return false;
		for (int i = 1; i < node_list(c)->len; i++) {
			Node *e = unparen(node_list(c)->data[i]);
			if ((e->kind == ND_IDENT || e->kind == ND_SELECTOR) && type_is_interface(type_of_expr(e, s)))
				return false; // a union with a constraint's type set: not modelled
			vec_push(&m->terms, e->kind == ND_TILDE ? e->lhs : e);
		}
		return true;
	case ND_TILDE:
		if (m->term)
			return false; // an intersection of type sets
		m->term = c->lhs;
		m->term_scope = own ? NULL : s;
		vec_push(&m->terms, m->term);
		return true;
	case ND_INTERFACETYPE:
		for (int i = 0; i < node_list(c)->len; i++) {
			Node *e = node_list(c)->data[i];
			if (node_ext(e)->names.len)
				m->methods = true;
			else if (!model(e->lhs, s, own, m))
				return false;
		}
		return true;
	case ND_IDENT: {
		Scope *saved = ck.scope;
		ck.scope = s;
		Obj *o = lookup_name(c->name);
		ck.scope = saved;
		if (!o || o->kind != OBJ_TYPE || !o->type || is_generic(o))
			return false;
		if (!strcmp(o->name, "comparable") && scope_lookup_local(ck.universe, o->name) == o)
			return true;
		if (o->decl && o->decl->kind == ND_TYPESPEC && o->decl->lhs && type_is_interface(o->type))
			return model(o->decl->lhs, decl_scope(o, s), false, m);
		if (type_is_interface(o->type)) { // any, error
			m->methods |= type_under(o->type)->methods.len > 0;
			return true;
		}
		break;
	}
	case ND_SELECTOR: {
		Type *t = type_of_expr(c, s);
		if (type_is_interface(t)) {
			m->methods |= type_under(t)->methods.len > 0;
			return !is_constraint_iface(t);
		}
		break;
	}
	case ND_INDEX:
		return false;
	default:
		break;
	}
	if (m->term)
		return false;
	m->term = c; // a type term without ~
	m->term_scope = own ? NULL : s;
	vec_push(&m->terms, c);
	return true;
}

// Whether stand-ins model g's constraints: then its stand-in check reports
// the body's errors. A type set with methods is not modelled (the
// stand-in's underlying type would not have them).
bool strict(Generic *g) {
	for (int i = 0; i < g->constraints.len; i++) {
		Model m = {0};
		if (!model(g->constraints.data[i], g->file_scope, true, &m) || (m.term && m.methods))
			return false;
	}
	return true;
}


// Stand-ins for g's type parameters: named types spelled like them, with
// their constraint's methods when it is an interface.
Vec stand_ins(Generic *g, int vparam, int vterm) {
	Vec targs = {0};
	for (int i = 0; i < g->names.len; i++) {
		Node *id = g->names.data[i];
		Obj *o = new_obj(OBJ_TYPE, id->name, id->pos);
		Type *t = new_type(TY_NAMED);
		t->obj = o;
		t->pkg = g->pkg;
		t->pkgpath = g->path;
		o->type = t;
		StrBuf spelled = {0};
		write_constraint(&spelled, g->constraints.data[i], "|");
		ptrmap_put(&gen.stand_in_of, t, (void *)strbuf_text(&spelled));
		if (embeds_comparable(g->constraints.data[i], g->file_scope))
			ptrmap_put(&gen.comparable_stand_ins, t, t);
		vec_push(&targs, t);
	}
	Scope *s = bind_scope(g, g->file_scope, &g->names, &targs);
	for (int i = 0; i < targs.len; i++) {
		Type *t = targs.data[i];
		Node *c = unparen(g->constraints.data[i]);
		Model m = {0};
		if (model(c, g->file_scope, true, &m) && m.term && !m.methods) {
			Node *term = i == vparam && vterm < m.terms.len ? m.terms.data[vterm] : m.term;
			Scope *ts = m.term_scope ? m.term_scope : s;
			Type *u = type_under(type_of_expr(term, ts));
			t->underlying = u && !type_is_interface(u) ? u : new_type(TY_INTERFACE);
			// terms of different underlying types: no core type; what
			// kinds all terms have (types2's allString, allBoolean)
			TermKinds *tk = xcalloc(1, sizeof(TermKinds));
			tk->all_string = tk->all_boolean = true;
			for (int k = 0; k < m.terms.len; k++) {
				Type *tu = type_under(type_of_expr(m.terms.data[k], ts));
				if (k && !type_identical(type_under(type_of_expr(m.terms.data[0], ts)), tu))
					ptrmap_put(&gen.no_core_stand_ins, t, t);
				tk->all_string &= tu->kind == TY_STRING;
				tk->all_boolean &= tu->kind == TY_BOOL;
			}
			ptrmap_put(&gen.term_kinds, t, tk);
			continue;
		}
		Type *ct = c->kind == ND_IDENT || c->kind == ND_SELECTOR || c->kind == ND_INTERFACETYPE || c->kind == ND_INDEX
		               ? type_of_expr(c, s)
		               : NULL;
		// a fresh interface with the constraint's methods: the stand-in
		// itself is an ordinary type (comparable's is a constraint)
		t->underlying = new_type(TY_INTERFACE);
		if (ct && type_is_interface(ct))
			t->underlying->methods = type_under(ct)->methods;
	}
	return targs;
}

const char *stand_in_constraint(Type *t) {
	return t ? ptrmap_get(&gen.stand_in_of, t) : NULL;
}

bool opaque_stand_in(Type *t) {
	return stand_in_constraint(t) && t->underlying && t->underlying->kind == TY_INTERFACE;
}

bool stand_in_comparable(Type *t) {
	return ptrmap_get(&gen.comparable_stand_ins, t) != NULL;
}

bool stand_in_term_kinds(Type *t, bool *all_string, bool *all_boolean) {
	TermKinds *tk = t ? ptrmap_get(&gen.term_kinds, t) : NULL;
	if (tk) {
		*all_string = tk->all_string;
		*all_boolean = tk->all_boolean;
	}
	return tk != NULL;
}

bool stand_in_no_core(Type *t) {
	return t && ptrmap_get(&gen.no_core_stand_ins, t) != NULL;
}

// Whether constraint c (in scope s) is or embeds comparable.
bool embeds_comparable(Node *c, Scope *s) {
	c = unparen(c);
	if (c->kind == ND_INTERFACETYPE) {
		for (int i = 0; i < node_list(c)->len; i++) {
			Node *e = node_list(c)->data[i];
			if (!node_ext(e)->names.len && embeds_comparable(e->lhs, s))
				return true;
		}
		return false;
	}
	if (c->kind != ND_IDENT)
		return false;
	Scope *saved = ck.scope;
	ck.scope = s;
	Obj *o = lookup_name(c->name);
	ck.scope = saved;
	if (o && o->kind == OBJ_TYPE && !strcmp(o->name, "comparable") && scope_lookup_local(ck.universe, o->name) == o)
		return true;
	return o && o->kind == OBJ_TYPE && o->decl && o->decl->kind == ND_TYPESPEC && !node_rare(o->decl)->tparams.len &&
	       o->decl->lhs && embeds_comparable(o->decl->lhs, decl_scope(o, s));
}

void check_generics(void) {
	int nfuncs = ck.prog->funcs.len, ntypes = ck.prog->types.len;
	gen.standing_in = true;
	int *before = xcalloc(gen.declared.len + 1, sizeof(int));
	for (int i = 0; i < gen.declared.len; i++)
		before[i] = ((Generic *)gen.declared.data[i])->instances.len;
	for (int i = 0; i < gen.declared.len; i++) {
		Generic *g = gen.declared.data[i];
		if (before[i] && !strict(g))
			continue; // its instances were checked
		// once with every type set's first term, then once per other term
		for (int p = -1; p < g->names.len; p++) {
			Model m = {0};
			int nterms = 1;
			if (p >= 0 && strict(g) && model(g->constraints.data[p], g->file_scope, true, &m))
				nterms = m.terms.len;
			for (int t = p < 0 ? 0 : 1; t < nterms; t++) {
				Vec targs = stand_ins(g, p, t);
				gen.stand_in_check = g;
				if (g->obj->kind == OBJ_FUNC)
					instance_func(g, &targs, NULL);
				else
					instance_type(g, &targs);
				gen.stand_in_check = NULL;
			}
			if (!strict(g))
				break;
		}
	}
	check_instance_bodies();
	gen.standing_in = false;
	// instances made with stand-ins are forgotten (an importer instantiates anew)
	for (int i = 0; i < gen.declared.len; i++)
		((Generic *)gen.declared.data[i])->instances.len = before[i];
	ck.prog->funcs.len = nfuncs;
	ck.prog->types.len = ntypes;
}
