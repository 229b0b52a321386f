// check_generic_infer.c - instantiation in expressions: explicit type
// arguments (F[int], Pair[K, V]), function argument type inference
// (unifying parameter type expressions with argument types) and
// constraint type inference (what a core type such as ~[]E determines).
#include <string.h>
#include "generic.h"

// The generic named by x (an identifier), or NULL.
static Generic *generic_named(Node *x) {
	x = unparen(x);
	if (x && x->kind == ND_SELECTOR && x->lhs && x->lhs->kind == ND_IDENT) { // pkg.G
		Obj *p = lookup_name(x->lhs->name);
		if (!p || p->kind != OBJ_PKG || !p->pkg)
			return NULL;
		Generic *g = generic(package_member(p, x->name));
		if (g)
			p->pkg_used = true;
		return g;
	}
	if (!x || x->kind != ND_IDENT)
		return NULL;
	return generic(lookup_name(x->name));
}

// generic_named for a name in a generic declaration (scope s).
static Generic *generic_named_in(Node *x, Scope *s) {
	Scope *saved = ck.scope;
	ck.scope = s;
	Generic *g = generic_named(x);
	ck.scope = saved;
	return g;
}

// Checks the type arguments of g[args] (as many as given); false after an error.
static bool type_args(Generic *g, Node *n, Vec *targs, Pos *at) {
	Vec args = index_args(n);
	bool ok = true;
	for (int i = 0; i < args.len; i++) {
		Node *a = args.data[i];
		Type *t = check_typexpr(a);
		ok &= t != ty_invalid;
		if (i < g->names.len) {
			vec_push(targs, t);
			at[i] = expr_pos(a);
		}
	}
	if (args.len > g->names.len) {
		if (g->obj->kind == OBJ_TYPE)
			error_at(expr_pos(n), "got %d arguments but %d type parameters", args.len, g->names.len);
		else
			error_at(expr_pos(args.data[g->names.len]), "got %d type arguments but want %d", args.len,
			         g->names.len);
		return false;
	}
	return ok;
}

static void make_funcname(Node *f, Obj *inst, const char *name) {
	if (f->kind == ND_INDEX && f->lhs) // F[T]: the name starts it
		f->pos = expr_pos(f->lhs);
	f->kind = ND_FUNCNAME;
	f->name = name;
	f->obj = inst;
	f->type = inst->type;
	f->lhs = f->rhs = NULL;
	if (!f->is_short) // an instantiation F[A, B]
		*node_list_mut(f) = (Vec){0};
	f->is_type = false;
}

Type *instantiate_type_expr(Node *n) {
	Generic *g = generic_named(n->lhs);
	if (!g || g->obj->kind != OBJ_TYPE) {
		check_expr(n);
		if (!is_invalid(n))
			error_at(expr_pos(n), "%s is not a type", expr_string(n));
		return ty_invalid;
	}
	use_obj(g->obj);
	Vec targs = {0};
	Pos *at = xcalloc(g->names.len + 1, sizeof(Pos));
	if (!type_args(g, n, &targs, at))
		return ty_invalid;
	if (targs.len < g->names.len) {
		error_at(expr_pos(n), "not enough type arguments for type %s: have %d, want %d", g->obj->name, targs.len,
		         g->names.len);
		return ty_invalid;
	}
	if (!check_constraints(g, &targs, at))
		return ty_invalid;
	if (++gen.type_depth > 100) {
		gen.type_depth--;
		error_at(expr_pos(n), "instantiation cycle");
		return ty_invalid;
	}
	Type *t = instance_type(g, &targs);
	gen.type_depth--;
	return t;
}

bool generic_index(Node *n) {
	Generic *g = generic_named(n->lhs);
	if (!g)
		return false;
	if (g->obj->kind == OBJ_TYPE) {
		n->type = instantiate_type_expr(n);
		n->is_type = n->type != ty_invalid;
		return true;
	}
	use_obj(g->obj);
	Vec targs = {0};
	Pos *at = xcalloc(g->names.len + 1, sizeof(Pos));
	if (!type_args(g, n, &targs, at)) {
		set_invalid(n);
		return true;
	}
	if (targs.len < g->names.len) {
		error_at(n->pos, "cannot infer %s (%s)", ((Node *)g->names.data[targs.len])->name,
		         tparam_pos(g->names.data[targs.len]));
		set_invalid(n);
		return true;
	}
	if (!check_constraints(g, &targs, at) || instantiation_cycle(g, &targs, n->pos)) {
		set_invalid(n);
		return true;
	}
	Obj *inst = instance_func(g, &targs, shape_body_shapes(n, g, &targs));
	make_funcname(n, inst, g->obj->name);
	return true;
}

// ---- inference ----

typedef struct Infer {
	Generic *g;
	Type **bound;        // per type parameter, NULL while unknown
	Pos *at;
	Pos pos;             // the call
} Infer;

int tparam_index(Generic *g, Node *p) {
	if (p->kind != ND_IDENT)
		return -1;
	for (int i = 0; i < g->names.len; i++)
		if (((Node *)g->names.data[i])->name == p->name)
			return i;
	return -1;
}

bool names_tparam(Generic *g, Node *n, bool (*pick)(void *ctx, int i), void *ctx) {
	if (!n)
		return false;
	int i = tparam_index(g, n);
	if (i >= 0)
		return !pick || pick(ctx, i);
	Node *kids[] = {n->lhs, n->rhs, node_rare(n)->len};
	for (int k = 0; k < 3; k++)
		if (names_tparam(g, kids[k], pick, ctx))
			return true;
	const Vec *vs[] = {node_list(n), &node_rare(n)->params, &node_rare(n)->results};
	for (int v = 0; v < 3; v++)
		for (int k = 0; k < vs[v]->len; k++)
			if (names_tparam(g, vs[v]->data[k], pick, ctx))
				return true;
	return false;
}

// names_tparam's picks: the parameters inference has bound, or not yet.
static bool is_bound(void *in, int i) {
	return ((Infer *)in)->bound[i] != NULL;
}

static bool is_unbound(void *in, int i) {
	return !is_bound(in, i);
}

static bool unify(Infer *in, Node *p, Type *a);
static Node *subst(Node *n, Generic *g, Vec *args);

static bool unify_fields(Infer *in, const Vec *fields, Vec *types) {
	int k = 0;
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->data[i];
		int count = node_ext(f)->names.len ? node_ext(f)->names.len : 1;
		Node *pt = f->lhs;
		for (int j = 0; j < count; j++, k++) {
			if (k >= types->len)
				return false;
			Type *at = types->data[k];
			if (pt->kind == ND_ELLIPSIS) {
				if (type_under(at)->kind != TY_SLICE || !unify(in, pt->lhs, type_under(at)->elem))
					return false;
			} else if (!unify(in, pt, at))
				return false;
		}
	}
	return k == types->len;
}

// Unifies type expression p (in terms of the type parameters) with type a,
// binding type parameters; false when they cannot match.
static bool unify(Infer *in, Node *p, Type *a) {
	p = unparen(p);
	if (!p || !a || a == ty_invalid)
		return true;
	int i = tparam_index(in->g, p);
	if (i >= 0) {
		if (!in->bound[i]) {
			in->bound[i] = a;
			return true;
		}
		if (type_identical(in->bound[i], a))
			return true;
		// inexact unification: a named type matches its underlying literal
		Type *b = in->bound[i];
		if (b->kind == TY_NAMED && a->kind != TY_NAMED && type_identical(type_under(b), a))
			return true;
		if (a->kind == TY_NAMED && b->kind != TY_NAMED && type_identical(type_under(a), b)) {
			in->bound[i] = a;
			return true;
		}
		return false;
	}
	Type *u = type_under(a);
	switch (p->kind) {
	case ND_STAR:
		return u->kind == TY_PTR && unify(in, p->lhs, u->elem);
	case ND_ARRAYTYPE:
		if (node_rare(p)->len ? u->kind != TY_ARRAY : u->kind != TY_SLICE)
			return false;
		return unify(in, p->lhs, u->elem);
	case ND_MAPTYPE:
		return u->kind == TY_MAP && unify(in, p->lhs, u->key) && unify(in, p->rhs, u->elem);
	case ND_CHANTYPE:
		return u->kind == TY_CHAN && unify(in, p->lhs, u->elem);
	case ND_FUNCTYPE:
		return u->kind == TY_FUNC && unify_fields(in, &node_rare_mut(p)->params, &u->params) &&
		       unify_fields(in, &node_rare_mut(p)->results, &u->results);
	case ND_STRUCTTYPE: {
		if (u->kind != TY_STRUCT)
			return false;
		Vec types = {0};
		for (int k = 0; k < u->fields.len; k++)
			vec_push(&types, ((Field *)u->fields.data[k])->type);
		return unify_fields(in, node_list(p), &types);
	}
	case ND_INDEX: {
		Generic *g = generic_named_in(p->lhs, in->g->file_scope);
		Instance *inst = a->kind == TY_NAMED ? ptrmap_get(&gen.instance_of, a) : NULL;
		Vec args = index_args(p);
		if (!g)
			return true;
		if (a->kind != TY_NAMED) // G[args] against a type literal: its underlying type
			return unify(in, subst(g->decl->lhs, g, &args), a);
		if (!inst || inst->g != g)
			return false;
		for (int k = 0; k < args.len && k < inst->targs.len; k++)
			if (!unify(in, args.data[k], inst->targs.data[k]))
				return false;
		return true;
	}
	default:
		return true;
	}
}

// The core type term of a constraint: the T of `~T`, `T` or
// `interface{ ~T; M() }` when that is its only type element; else NULL.

// A copy of n with the type parameter names of g replaced by copies of
// the expressions args (the arguments of g[args]).
static Node *subst(Node *n, Generic *g, Vec *args) {
	if (!n)
		return NULL;
	int i = tparam_index(g, n);
	if (i >= 0 && i < args->len)
		return node_copy(args->data[i]);
	Node *c = node_copy(n);
	Node **kids[] = {&c->lhs, &c->rhs, &node_rare_mut(c)->len};
	for (int k = 0; k < 3; k++)
		*kids[k] = subst(*kids[k], g, args);
	const Vec *vs[] = {node_list(c), &node_rare_mut(c)->params, &node_rare_mut(c)->results};
	for (int v = 0; v < 3; v++)
		for (int k = 0; k < vs[v]->len; k++)
			vs[v]->data[k] = subst(vs[v]->data[k], g, args);
	return c;
}

Node *core_term(Node *c, Scope *s) {
	c = unparen(c);
	Generic *g = c->kind == ND_INDEX ? generic_named_in(c->lhs, s) : NULL;
	if (g && g->obj->kind == OBJ_TYPE) { // a generic constraint C[args]
		Node *core = core_term(g->decl->lhs, g->file_scope);
		Vec args = index_args(c);
		return core ? subst(core, g, &args) : NULL;
	}
	if (c->kind == ND_INTERFACETYPE) {
		Node *only = NULL;
		for (int i = 0; i < node_list(c)->len; i++) {
			Node *e = node_list(c)->data[i];
			if (node_ext(e)->names.len)
				continue; // a method
			if (only)
				return NULL;
			only = unparen(e->lhs);
		}
		if (!only)
			return NULL;
		c = only;
	}
	if (c->kind == ND_TILDE)
		return c->lhs;
	if (c->kind == ND_ARRAYTYPE || c->kind == ND_MAPTYPE || c->kind == ND_STAR || c->kind == ND_FUNCTYPE ||
	    c->kind == ND_CHANTYPE || c->kind == ND_STRUCTTYPE)
		return c;
	return NULL;
}

// Constraint type inference: a bound parameter with a core type
// determines the parameters in it; an unbound one whose core type is
// fully known becomes that type.
// A core type term as Go's inference errors spell it: ~[]E.
static const char *core_string(Node *c, Node *core) {
	c = unparen(c);
	if (c->kind == ND_INTERFACETYPE)
		for (int i = 0; i < node_list(c)->len; i++) {
			Node *e = node_list(c)->data[i];
			if (!node_ext(e)->names.len)
				c = unparen(e->lhs);
		}
	return xasprintf("%s%s", c->kind == ND_TILDE ? "~" : "", expr_string(core));
}

static bool infer_from_cores(Infer *in) {
	bool progress = true;
	while (progress) {
		progress = false;
		for (int i = 0; i < in->g->names.len; i++) {
			Node *core = core_term(in->g->constraints.data[i], in->g->file_scope);
			if (!core)
				continue;
			if (in->bound[i]) {
				int before = 0, after = 0;
				for (int k = 0; k < in->g->names.len; k++)
					before += in->bound[k] != NULL;
				if (!unify(in, core, type_under(in->bound[i]))) {
					error_at(in->pos, "%s does not match %s", ((Node *)in->g->names.data[i])->name,
					         core_string(in->g->constraints.data[i], core));
					return false;
				}
				for (int k = 0; k < in->g->names.len; k++)
					after += in->bound[k] != NULL;
				progress |= after > before;
			} else if (!names_tparam(in->g, core, is_unbound, in)) {  // every parameter in core is bound
				Vec targs = {0};
				for (int k = 0; k < in->g->names.len; k++)
					vec_push(&targs, in->bound[k] ? in->bound[k] : ty_invalid);
				in->bound[i] = type_of_expr(core, bind_scope(in->g, in->g->file_scope, &in->g->names, &targs));
				progress = true;
			}
		}
	}
	return true;
}

// The parameter type expressions of g, one per parameter (variadic last
// as ND_ELLIPSIS).
static Vec param_exprs(Generic *g) {
	Vec out = {0};
	Node *ft = g->decl->lhs;
	for (int i = 0; ft && i < node_rare(ft)->params.len; i++) {
		Node *f = node_rare(ft)->params.data[i];
		int count = node_ext(f)->names.len ? node_ext(f)->names.len : 1;
		for (int k = 0; k < count; k++)
			vec_push(&out, f->lhs);
	}
	return out;
}


// Go names the parameter type with what is inferred so far substituted
// (the parameters still unknown spelled as themselves).
static void mismatch(Infer *in, Node *arg, Type *at, Node *p) {
	if (!names_tparam(in->g, p, is_bound, in)) {
		error_at(expr_pos(arg), "type %s of %s does not match %s", tstr(at), expr_string(arg), expr_string(p));
		return;
	}
	Vec targs = stand_ins(in->g, -1, 0);
	for (int i = 0; i < in->g->names.len; i++)
		if (in->bound[i])
			targs.data[i] = in->bound[i];
	Type *inferred = type_of_expr(p, bind_scope(in->g, in->g->file_scope, &in->g->names, &targs));
	error_at(expr_pos(arg), "type %s of %s does not match inferred type %s for %s", tstr(at), expr_string(arg),
	         tstr(inferred), expr_string(p));
}

static void check_args_only(Node *n) {
	for (int i = 0; i < node_list(n)->len; i++)
		check_multi(node_list(n)->data[i]);
}

bool instantiate_call(Node *n) {
	Node *f = unparen(n->lhs);
	Node *name = f && f->kind == ND_INDEX ? f->lhs : f;
	Generic *g = generic_named(name);
	if (!g || g->obj->kind != OBJ_FUNC)
		return true;
	use_obj(g->obj);
	int np = g->names.len;
	Infer in = {g, xcalloc(np, sizeof(Type *)), xcalloc(np + 1, sizeof(Pos)), n->pos};
	Vec explicit = {0};
	if (f->kind == ND_INDEX && !type_args(g, f, &explicit, in.at)) {
		check_args_only(n);
		set_invalid(n);
		return false;
	}
	for (int i = 0; i < explicit.len; i++)
		in.bound[i] = explicit.data[i];
	for (int i = explicit.len; i < np; i++)
		in.at[i] = n->pos;
	// the arguments, typed without their parameters' types
	Vec args = {0}, types = {0};
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *a = node_list(n)->data[i];
		if (node_list(n)->len == 1)
			check_multi(a);
		else
			check_expr(a);
		if (is_invalid(a)) {
			check_args_only(n);
			set_invalid(n);
			return false;
		}
		if (a->type->kind == TY_TUPLE) {
			for (int k = 0; k < a->type->results.len; k++) {
				vec_push(&args, a);
				vec_push(&types, a->type->results.data[k]);
			}
		} else {
			vec_push(&args, a);
			vec_push(&types, a->type);
		}
	}
	Vec params = param_exprs(g);
	Node *last = params.len ? params.data[params.len - 1] : NULL;
	bool variadic = last && last->kind == ND_ELLIPSIS;
	// typed arguments first, then the untyped ones' default types (all
	// explicit: nothing to infer, the arguments are just assigned)
	bool *typed = xcalloc(np, sizeof(bool)); // bound before the untyped arguments
	for (int pass = 0; pass < 2 && explicit.len < np; pass++) {
		for (int k = 0; pass == 1 && k < np; k++)
			typed[k] = in.bound[k] != NULL;
		for (int i = 0; i < args.len; i++) {
			Node *p = i < params.len ? params.data[i] : variadic ? last : NULL;
			if (!p)
				break;
			Type *at = types.data[i];
			if (p->kind == ND_ELLIPSIS) {
				if (n->has_dots) {
					if (pass == 0 && !type_is_untyped(at) && type_under(at)->kind == TY_SLICE &&
					    !unify(&in, p->lhs, type_under(at)->elem)) {
						mismatch(&in, args.data[i], at, p->lhs);
						set_invalid(n);
						return false;
					}
					continue;
				}
				p = p->lhs;
			}
			if (type_is_untyped(at) != (pass == 1))
				continue;
			if (pass == 1) {
				// an untyped constant gives a bare T its default type,
				// which the others' must match (Go 1.19); assigning it to
				// the instance's parameter checks the rest
				int k = tparam_index(g, unparen(p));
				if (k < 0 || typed[k] || at == ty_untyped_nil)
					continue;
				if (in.bound[k] && !type_identical(in.bound[k], type_default(at))) {
					error_at(expr_pos(args.data[i]), "default type %s of %s does not match inferred type %s for %s",
					         tstr(type_default(at)), expr_string(args.data[i]), tstr(in.bound[k]),
					         ((Node *)g->names.data[k])->name);
					set_invalid(n);
					return false;
				}
				in.bound[k] = type_default(at);
				continue;
			}
			if (!unify(&in, p, at)) {
				mismatch(&in, args.data[i], at, p);
				set_invalid(n);
				return false;
			}
		}
		if (pass == 0 && !infer_from_cores(&in)) {
			set_invalid(n);
			return false;
		}
	}
	if (!infer_from_cores(&in)) {
		set_invalid(n);
		return false;
	}
	Vec targs = {0};
	for (int i = 0; i < np; i++) {
		if (!in.bound[i]) {
			Node *tp = g->names.data[i];
			error_at(n->pos, "cannot infer %s (%s)", tp->name, tparam_pos(tp));
			set_invalid(n);
			return false;
		}
		vec_push(&targs, in.bound[i]);
	}
	if (!check_constraints(g, &targs, in.at)) {
		set_invalid(n);
		return false;
	}
	if (instantiation_cycle(g, &targs, n->pos)) {
		set_invalid(n);
		return false;
	}
	Obj *inst = instance_func(g, &targs, shape_body_shapes(f, g, &targs));
	make_funcname(f, inst, g->obj->name);
	n->lhs = f;
	return true;
}
