// check_generic_dict.c - gc's dictionary layout of each generic body
// (the lengths -m prints in sub-dictionary arguments), learnt from a check
// of the body with stand-ins before the instances' bodies.
#include <string.h>
#include "generic.h"

// gc passes an instance its dictionary as a first argument; where a generic
// body calls another generic with type arguments made of its own, the
// callee's dictionary is read out of the caller's, and -m prints that as
// (*(*[N]uintptr)(unsafe.Pointer(.dict)))[.dict] (the index prints as its
// origin, the dictionary). N is the caller's dictionary length, laid out as
// gc's getInstInfo does over the body: its type parameters, the distinct
// types made from them that its declarations and expressions have, the
// references that need a sub-dictionary, the conversions and assertions
// that need an itab, and the distinct methods called on type parameter
// values. layout_generics learns it from a check of each generic body with
// stand-ins, before the instances' bodies are checked; that check's code
// is dropped.
typedef struct Layout {
	Vec *params;         // Type*: the stand-ins
	Vec derived;         // Type*
	Vec bound;           // "index.method" of methods called on type parameter values
	int subdicts, itabs;
	Vec sites;           // Node*: calls that pass a sub-dictionary
	Vec bound_calls;     // BoundCall*
} Layout;

static bool is_stand_in(Type *t) {
	return t && ptrmap_get(&gen.stand_in_of, t);
}

// Whether t is or is made of a stand-in (gc's HasShape).
static bool shaped(Type *t, int depth) {
	if (!t || depth > 8)
		return false;
	if (ptrmap_get(&gen.stand_in_of, t))
		return true;
	if (t->kind == TY_NAMED) {
		for (int i = 0; t->obj && i < t->obj->targs.len; i++)
			if (shaped(t->obj->targs.data[i], depth + 1))
				return true;
		return false;
	}
	if (any_part(t, shaped, depth))
		return true;
	for (int i = 0; t->kind == TY_INTERFACE && i < t->methods.len; i++)
		if (shaped(((Method *)t->methods.data[i])->type, depth + 1))
			return true;
	return false;
}

static bool any_shaped(Vec *types) {
	for (int i = 0; i < types->len; i++)
		if (shaped(types->data[i], 0))
			return true;
	return false;
}

// A derived type: made of type parameters without being one.
static void add_derived(Layout *l, Type *t) {
	if (!shaped(t, 0) || is_stand_in(t) || t->kind == TY_TUPLE)
		return;
	for (int i = 0; i < l->derived.len; i++)
		if (type_identical(l->derived.data[i], t))
			return;
	vec_push(&l->derived, t);
}

static bool empty_iface(Type *t) {
	return type_is_interface(t) && type_under(t)->methods.len == 0;
}


// An interface type with methods (not a type parameter's stand-in).
static bool nonempty_iface(Type *t) {
	return !is_stand_in(t) && type_is_interface(t) && !empty_iface(t);
}

// A method called on a value of type parameter type (gc's method
// expression closure), once per parameter and name.
static void add_bound(Layout *l, Type *param, const char *method) {
	for (int i = 0; i < l->params->len; i++) {
		if (l->params->data[i] != param)
			continue;
		const char *key = xasprintf("%d.%s", i, method);
		for (int k = 0; k < l->bound.len; k++)
			if (!strcmp(l->bound.data[k], key))
				return;
		vec_push(&l->bound, (void *)key);
	}
}

static void lay_out(Layout *l, Node *n);

static void lay_out_all(Layout *l, const Vec *v) {
	for (int i = 0; i < v->len; i++)
		lay_out(l, v->data[i]);
}

// A reference to a function (called or not): an instance of a generic
// function, or a method of an instance of a generic type, made of type
// parameters gets a sub-dictionary; gc's instantiation node has the
// instance's signature and type arguments.
static bool lay_out_callee(Layout *l, Node *f) {
	if (f->kind != ND_FUNCNAME || !f->obj)
		return false;
	Instance *in = ptrmap_get(&gen.func_instance_of, f->obj);
	if (in && any_shaped(&in->targs)) {
		Site *site = xcalloc(1, sizeof(Site));
		site->params = l->params;
		site->targs = in->targs;
		if (node_rare(f)->origin)
			ptrmap_put(&gen.sites, node_rare(f)->origin, site);
		l->subdicts++;
		add_derived(l, f->type);
		for (int i = 0; i < in->targs.len; i++)
			add_derived(l, in->targs.data[i]);
		return true;
	}
	if (f->obj->recv_type && shaped(f->obj->recv_type, 0)) {
		l->subdicts++;
		return true;
	}
	return false;
}

// A call's arguments: gc packs a variadic call's extra arguments later,
// and converts an argument to a parameter type it is not identical to.
static void lay_out_args(Layout *l, Node *call) {
	Type *sig = call->lhs && call->lhs->type ? type_under(call->lhs->type) : NULL;
	if (!sig || sig->kind != TY_FUNC) {
		lay_out_all(l, node_list(call));
		return;
	}
	Node *last = node_list(call)->len ? node_list(call)->data[node_list(call)->len - 1] : NULL;
	bool packed = sig->variadic && !call->has_dots && last &&
	              ((last->kind == ND_COMPOSITE && !last->lhs) || last->kind == ND_NIL);
	int skip = node_list(call)->len - sig->params.len; // a method's receiver
	for (int i = 0; i < node_list(call)->len; i++) {
		Node *a = node_list(call)->data[i];
		if (a == last && packed) {
			lay_out_all(l, node_list(last));
			continue;
		}
		lay_out(l, a);
		Type *p = i >= skip && i - skip < sig->params.len ? sig->params.data[i - skip] : NULL;
		if (p && a->type && !type_is_interface(p) && !type_identical(p, a->type))
			add_derived(l, p);
	}
}

static void lay_out(Layout *l, Node *n) {
	if (!n || n->is_type)
		return;
	switch (n->kind) {
	case ND_ARRAYTYPE: case ND_MAPTYPE: case ND_CHANTYPE: case ND_FUNCTYPE: case ND_STRUCTTYPE:
	case ND_INTERFACETYPE: case ND_ELLIPSIS: case ND_FIELD: case ND_UNION: case ND_TILDE: case ND_TYPESPEC:
	case ND_CONSTSPEC:
		return;
	case ND_FUNCLIT: // the closure shares the dictionary
		add_derived(l, n->type);
		lay_out(l, node_ext(n)->body);
		return;
	case ND_FUNCNAME:
		if (!n->obj && n->lhs && is_stand_in(n->lhs->type)) { // T.M
			Vec *ms = &type_under(n->lhs->type)->methods;
			if (n->field_index >= 0 && n->field_index < ms->len)
				add_bound(l, n->lhs->type, ((Method *)ms->data[n->field_index])->name);
			add_derived(l, n->type);
		}
		lay_out_callee(l, n);
		return;
	case ND_CALL: {
		Node *f = unparen(n->lhs);
		if (f && lay_out_callee(l, f)) {
			vec_push(&l->sites, n);
			if (f->obj->recv_type && node_rare(n)->origin) { // a method of a generic type's instance
				Site *site = xcalloc(1, sizeof(Site));
				site->params = l->params;
				site->targs = f->obj->recv_type->obj->targs;
				ptrmap_put(&gen.sites, node_rare(n)->origin, site);
			}
		} else if (f && f->kind == ND_SELECTOR && !f->obj && f->lhs && is_stand_in(f->lhs->type)) {
			l->subdicts++; // a method of the type parameter's constraint
			add_bound(l, f->lhs->type, f->name);
			for (int i = 0; i < l->params->len && node_rare(n)->origin; i++)
				if (l->params->data[i] == f->lhs->type) {
					BoundCall *bc = xcalloc(1, sizeof(BoundCall));
					*bc = (BoundCall){i, f->type, l->params, 0};
					ptrmap_put(&gen.bound_calls, node_rare(n)->origin, bc);
					vec_push(&l->bound_calls, bc);
				}
			add_derived(l, f->type);
			lay_out(l, f->lhs);
		} else if (f && f->kind == ND_FUNCNAME && !f->obj && f->lhs && is_stand_in(f->lhs->type)) {
			l->subdicts++; // T.M(x)
			lay_out(l, f);
		} else if (f && f->kind == ND_SELECTOR && !f->obj && f->lhs && type_is_interface(f->lhs->type)) {
			lay_out(l, f->lhs); // gc's interface method has a receiver: not a derived type
		} else {
			lay_out(l, f);
		}
		lay_out_args(l, n);
		add_derived(l, n->type);
		return;
	}
	case ND_METHODVAL:
		if (n->lhs && is_stand_in(n->lhs->type))
			l->itabs++;
		else if (n->obj && n->obj->recv_type && shaped(n->obj->recv_type, 0))
			l->subdicts++;
		break;
	case ND_SELECTOR:
		if (n->lhs && n->lhs->kind == ND_DEREF) { // gc's ODOTPTR has no node of the pointee's type
			lay_out(l, n->lhs->lhs);
			add_derived(l, n->type);
			return;
		}
		break;
	case ND_TOIFACE: case ND_CONV:
		if (type_is_interface(n->type) && !empty_iface(n->type) && n->lhs &&
		    (shaped(n->type, 0) || shaped(n->lhs->type, 0)))
			l->itabs++;
		break;
	case ND_TYPEASSERT: // (a type parameter stands for a concrete type)
		if (n->rhs && n->lhs && (is_stand_in(n->type) || !type_is_interface(n->type)) && !empty_iface(n->lhs->type))
			l->itabs++;
		break;
	case ND_BINARY: // gc converts a type parameter's value compared with an interface
		if ((n->op == OP_EQ || n->op == OP_NE) && n->lhs && n->rhs &&
		    ((is_stand_in(n->lhs->type) && nonempty_iface(n->rhs->type)) ||
		     (is_stand_in(n->rhs->type) && nonempty_iface(n->lhs->type))))
			l->itabs++;
		break;
	case ND_TYPESWITCH:
		for (int i = 0; i < node_list(n)->len; i++) {
			Node *c = node_list(n)->data[i];
			for (int k = 0; k < node_list(c)->len; k++) {
				Node *t = node_list(c)->data[k];
				if (!t->is_type)
					continue;
				add_derived(l, t->type);
				if (n->lhs && !empty_iface(n->lhs->type) && shaped(t->type, 0))
					l->itabs++;
			}
		}
		break;
	case ND_BUILTIN:
		lay_out_all(l, node_list(n));
		add_derived(l, n->type);
		return;
	case ND_IDENT:
		if (n->obj && n->obj->kind == OBJ_VAR)
			add_derived(l, n->type);
		return;
	default:
		break;
	}
	if ((n->kind <= ND_BINARY || n->kind >= ND_CONV) && n->kind != ND_PAREN && n->kind != ND_KEYVAL)
		add_derived(l, n->type);
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		lay_out(l, kids[k]);
	lay_out_all(l, node_list(n));
	lay_out_all(l, node_rlist(n));
	lay_out_all(l, &node_ext(n)->names);
}

// Checks a body of the generic being laid out and gives the calls in it
// that pass a sub-dictionary the dictionary's length.
static void lay_out_job(BodyJob *j) {
	j->filter = report_none;
	check_job(j);
	diag_set_filter(report_none);
	Func *f = j->fn->func;
	Layout l = {.params = gen.layout_targs};
	// gc declares no blank or unnamed parameters
	if (f->recv && strcmp(f->recv->name, "_"))
		add_derived(&l, f->recv->type);
	for (int i = 0; i < f->params.len; i++)
		if (strcmp(((Obj *)f->params.data[i])->name, "_"))
			add_derived(&l, ((Obj *)f->params.data[i])->type);
	Vec *decls[] = {&f->results, &f->locals};
	for (int v = 0; v < 2; v++)
		for (int i = 0; i < decls[v]->len; i++)
			add_derived(&l, ((Obj *)decls[v]->data[i])->type);
	lay_out(&l, node_ext(j->fn->funcdecl)->body);
	// a constraint made of type parameters is one more (it asserts to it)
	Vec bounds = {0};
	Scope *s = bind_scope(j->g, j->g->file_scope, &j->g->names, gen.layout_targs);
	for (int i = 0; i < j->g->constraints.len; i++) {
		Node *c = j->g->constraints.data[i];
		if (!names_tparam(j->g, c, NULL, NULL))
			continue;
		Type *t = type_of_expr(c, s);
		if (shaped(t, 0)) {
			add_derived(&l, t);
			continue;
		}
		StrBuf b = {0};
		write_constraint(&b, c, "|");
		const char *spelled = strbuf_text(&b);
		bool seen = false;
		for (int k = 0; k < bounds.len; k++)
			seen |= !strcmp(bounds.data[k], spelled);
		if (!seen)
			vec_push(&bounds, (void *)spelled);
	}
	int len = l.params->len + bounds.len + l.derived.len + l.subdicts + l.itabs + l.bound.len;
	for (int i = 0; i < l.sites.len; i++) {
		Node *site = l.sites.data[i];
		if (node_rare(site)->origin)
			node_rare_mut(node_rare(site)->origin)->dict_len = len;
	}
	for (int i = 0; i < l.bound_calls.len; i++)
		((BoundCall *)l.bound_calls.data[i])->dict_len = len;
}

// A type spelled like a GC shape ("go.shape.int_0"), for -m.
static Type *shape_named(const char *spelled) {
	Obj *o = new_obj(OBJ_TYPE, spelled, (Pos){0});
	Type *t = xcalloc(1, sizeof(Type));
	t->kind = TY_NAMED;
	t->obj = o;
	return t;
}

// The shapes an instance's type arguments have, as the stand-ins map to them.
typedef struct ShapeOf {
	Vec *params;         // Type*: stand-ins
	Vec shapes;          // Type*: shape_named, one per stand-in
} ShapeOf;

static Type *shape_of_stand_in(Type *t, void *ctx) {
	ShapeOf *so = ctx;
	for (int i = 0; i < so->params->len; i++)
		if (so->params->data[i] == t)
			return so->shapes.data[i];
	return t;
}

void spell_dict_calls(Node *n, Generic *g, Vec *targs) {
	if (!n)
		return;
	BoundCall *bc = n->kind == ND_CALL && node_rare(n)->origin ? ptrmap_get(&gen.bound_calls, node_rare(n)->origin) : NULL;
	if (bc && bc->dict_len && bc->param < targs->len) {
		ShapeOf so = {bc->params, {0}};
		Generic *saved = gen.shaping;
		gen.shaping = g;
		for (int i = 0; i < bc->params->len && i < targs->len; i++) {
			StrBuf b = {0};
			write_shape(&b, targs->data[i], i);
			vec_push(&so.shapes, shape_named(strbuf_text(&b)));
		}
		gen.shaping = saved;
		Type *ft = new_type(TY_FUNC); // the method expression's type
		vec_push(&ft->params, bc->params->data[bc->param]);
		for (int i = 0; i < bc->sig->params.len; i++)
			vec_push(&ft->params, bc->sig->params.data[i]);
		ft->results = bc->sig->results;
		ft->variadic = bc->sig->variadic;
		StrBuf b = {0};
		strbuf_put(&b, "(");
		type_write_mapped(&b, ft, TS_GC, shape_of_stand_in, &so);
		strbuf_put(&b, xasprintf(")(&(*(*[%d]uintptr)(unsafe.Pointer(.dict)))[.dict])", bc->dict_len));
		node_rare_mut(n)->dict_callee = strbuf_text(&b);
	}
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		spell_dict_calls(kids[k], g, targs);
	const Vec *vs[] = {node_list(n), node_rlist(n)};
	for (int v = 0; v < 2; v++)
		for (int k = 0; k < vs[v]->len; k++)
			spell_dict_calls(vs[v]->data[k], g, targs);
}

void layout_generics(void) {
	Vec queued = gen.jobs;
	gen.jobs = (Vec){0};
	int nfuncs = ck.prog->funcs.len, ntypes = ck.prog->types.len, ndeclared = gen.declared.len;
	const char *saved_path = ck.path;
	gen.laying_out = gen.checking_instance = true;
	diag_set_filter(report_none);
	for (int i = 0; i < ndeclared; i++) {
		Generic *g = gen.declared.data[i];
		Vec *targs = xcalloc(1, sizeof(Vec));
		*targs = stand_ins(g, -1, 0);
		int first = gen.jobs.len;
		gen.layout_targs = targs;
		gen.stand_in_check = g;
		if (g->obj->kind == OBJ_FUNC)
			instance_func(g, targs, NULL);
		else
			instance_type(g, targs);
		gen.stand_in_check = NULL;
		for (int k = first; k < gen.jobs.len; k++)
			if (((BodyJob *)gen.jobs.data[k])->layout)
				lay_out_job(gen.jobs.data[k]);
		gen.layout_targs = NULL;
	}
	diag_set_filter(NULL);
	gen.laying_out = gen.checking_instance = false;
	ck.path = saved_path;
	gen.cur_job = NULL;
	gen.body_depth = 0;
	gen.jobs = queued;
	// what the layout made is forgotten
	for (int i = 0; i < gen.laid_out.len; i++) {
		Instance *in = gen.laid_out.data[i];
		Vec *v = &in->g->instances;
		int k = 0;
		for (int r = 0; r < v->len; r++)
			if (v->data[r] != in)
				v->data[k++] = v->data[r];
		v->len = k;
	}
	gen.laid_out.len = 0;
	ck.prog->funcs.len = nfuncs;
	ck.prog->types.len = ntypes;
	gen.declared.len = ndeclared;
}
