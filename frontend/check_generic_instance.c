// check_generic_instance.c - instantiation: an instance of a generic
// function, type or method is a copy of its declaration checked in a
// scope where the type parameter names denote the type arguments; the
// instances' bodies are checked after the package's own.
#include <string.h>
#include "generic.h"

static Type *tparam_type(Type *t, const char *shape) {
	if (t->kind == TY_NAMED || t->kind == TY_INTERFACE || t == ty_invalid || t->shape)
		return t;
	Type *c = new_type(t->kind);
	int id = c->id;
	*c = *t;
	c->id = id;
	c->shape = shape;
	return c;
}

// A scope below the generic's file scope where the type parameter names
// (params, an ND_IDENT each) of generic g denote the type arguments.
Scope *bind_scope(Generic *g, Scope *fs, Vec *params, Vec *targs) {
	Scope *s = scope_new(fs);
	Generic *saved = gen.shaping;
	gen.shaping = g;
	for (int i = 0; i < params->len && i < targs->len; i++) {
		Node *id = params->data[i];
		if (!id || id->kind != ND_IDENT || !strcmp(id->name, "_"))
			continue;
		Obj *o = new_obj(OBJ_TYPE, id->name, id->pos);
		o->used = true;
		StrBuf shape = {0};
		write_shape(&shape, targs->data[i], i);
		o->shape = strbuf_text(&shape);
		o->type = tparam_type(targs->data[i], o->shape);
		scope_insert(s, o);
	}
	gen.shaping = saved;
	return s;
}

// g's instance for targs (with the given GC shapes: NULL, the arguments' own).
Instance *find_instance(Generic *g, Vec *targs, const char *shapes) {
	for (int i = 0; i < g->instances.len; i++) {
		Instance *in = g->instances.data[i];
		bool same = in->targs.len == targs->len && (!shapes || !strcmp(in->shapes, shapes));
		for (int k = 0; same && k < targs->len; k++)
			same = type_identical(in->targs.data[k], targs->data[k]);
		if (same)
			return in;
	}
	return NULL;
}

static Instance *new_instance(Generic *g, Vec *targs, Obj *o, const char *shapes) {
	Instance *in = xcalloc(1, sizeof(Instance));
	in->targs = *targs;
	in->shapes = shapes ? shapes : shapes_of(g, targs);
	in->obj = o;
	in->g = g;
	vec_push(&g->instances, in);
	if (o->kind == OBJ_FUNC)
		ptrmap_put(&gen.func_instance_of, o, in);
	if (gen.laying_out)
		vec_push(&gen.laid_out, in);
	return in;
}

// Checks a signature (or a type) in scope s, restoring the checker's state.
// n's type in scope s; declared in package path (NULL: the one being
// checked), whose unexported field and method names the type has wherever
// an instance declares it.
Type *type_in(const char *path, Scope *s, Node *n, bool signature) {
	Scope *saved_scope = ck.scope;
	Func *saved_func = ck.func;
	DeclInfo *saved_decl = ck.decl;
	const char *saved_path = ck.path;
	ck.scope = s;
	ck.func = NULL;
	ck.decl = NULL;
	ck.path = path ? path : saved_path;
	Type *t = signature ? signature_of(n) : check_typexpr(n);
	ck.scope = saved_scope;
	ck.func = saved_func;
	ck.decl = saved_decl;
	ck.path = saved_path;
	return t;
}


bool any_part(Type *t, bool (*pred)(Type *, int), int depth) {
	if (pred(t->elem, depth + 1) || pred(t->key, depth + 1))
		return true;
	Vec *vs[] = {&t->params, &t->results};
	for (int v = 0; v < 2; v++)
		for (int i = 0; i < vs[v]->len; i++)
			if (pred(vs[v]->data[i], depth + 1))
				return true;
	for (int i = 0; i < t->fields.len; i++)
		if (pred(((Field *)t->fields.data[i])->type, depth + 1))
			return true;
	return false;
}

// Whether t is or contains a stand-in for a type parameter.
bool has_stand_in(Type *t, int depth) {
	if (!t || depth > 8)
		return false;
	if (ptrmap_get(&gen.stand_in_of, t))
		return true;
	if (t->kind == TY_NAMED)
		return false;
	return any_part(t, has_stand_in, depth);
}

static bool any_stand_in(Vec *targs) {
	for (int i = 0; i < targs->len; i++)
		if (has_stand_in(targs->data[i], 0))
			return true;
	return false;
}

// Which errors of an instance body of g are Go's: a generic that
// check_generics checked with stand-ins reports there, not per instance.
static bool (*job_filter(Generic *g, Vec *targs))(Pos, const char *) {
	if (!any_stand_in(targs))
		return strict(g) ? report_none : NULL;
	if (gen.stand_in_check != g)
		return report_none; // an instance a stand-in check made: checked on its own
	return strict(g) ? novel : type_independent;
}

static void queue_body(Obj *fn, Node *fd, Scope *s, Generic *g, Vec *targs) {
	BodyJob *j = xcalloc(1, sizeof(BodyJob));
	j->fn = fn;
	j->scope = s;
	j->decl = declare_instance(fn, fd, s);
	j->depth = gen.body_depth + 1;
	j->filter = job_filter(g, targs);
	j->g = g;
	j->stand_in = any_stand_in(targs);
	j->layout = targs == gen.layout_targs;
	j->targs = *targs;
	vec_push(&gen.jobs, j);
}

// g's instance for targs; shapes: the GC shapes gc's instance has when it
// differs from the arguments' own (shape_body_shapes), else NULL.
Obj *instance_func(Generic *g, Vec *targs, const char *shapes) {
	Instance *in = find_instance(g, targs, shapes ? shapes : shapes_of(g, targs));
	if (in)
		return in->obj;
	Node *fd = node_copy(g->decl);
	node_rare_mut(fd)->tparams = (Vec){0};
	Scope *s = bind_scope(g, g->file_scope, &g->names, targs);
	Obj *o = new_obj(OBJ_FUNC, g->obj->name, g->obj->pos);
	o->decl = fd;
	o->funcdecl = fd;
	const char *name = xasprintf("%s.%s%s", g->path, g->obj->name, bracketed(targs, write_targ));
	// local types of different functions may share a name: so do not
	// the instances (their closures' symbols derive from it)
	int same = 0;
	for (int i = 0; i < g->instances.len; i++)
		same += !strncmp(((Instance *)g->instances.data[i])->obj->func->name, name, strlen(name));
	if (same)
		name = xasprintf("%s\xc2\xb7%d", name, same + 1);
	o->func = new_func(fd, name);
	o->func->sym = instance_sym(name);
	node_ext_mut(fd)->func = o->func;
	in = new_instance(g, targs, o, shapes);
	name_shape(g, o->func, xasprintf("%s%s", g->obj->name, in->shapes), shape_seen(g, in));
	o->type = type_in(g->path, s, fd->lhs, true);
	o->func->type = o->type;
	queue_body(o, fd, s, g, targs);
	return o;
}

// The methods of instance t of generic type g: each declared method's copy
// with the receiver's type parameter names bound to the type arguments.
// Method m of instance t of generic type g (its type arguments targs), named
// by shape_type ("List[go.shape.int_0]"); attached to t unless it is a
// variant (shape_method).
static Obj *instance_method(Generic *g, GenericMethod *m, Type *t, Vec *targs, const char *shape_type, bool repeat,
                            bool attach) {
	Node *fd = node_copy(m->decl);
	bool ptr;
	Node *base = recv_base(fd, &ptr);
	Vec names = index_args(base);
	if (names.len != targs->len) {
		error_at(base->pos, "got %d type parameters, but receiver base type declares %d", names.len, targs->len);
		return NULL;
	}
	Scope *s = bind_scope(g, m->file_scope, &names, targs);
	Obj *o = new_obj(OBJ_FUNC, fd->name, node_pos2(fd));
	o->decl = fd;
	o->funcdecl = fd;
	o->ptr_recv = ptr;
	const char *name = ptr ? xasprintf("%s.(*%s).%s", g->path, t->obj->name, fd->name)
	                       : xasprintf("%s.%s.%s", g->path, t->obj->name, fd->name);
	o->func = new_func(fd, name);
	o->func->sym = instance_sym(name);
	node_ext_mut(fd)->func = o->func;
	name_shape(g, o->func, ptr ? xasprintf("(*%s).%s", shape_type, fd->name) : xasprintf("%s.%s", shape_type, fd->name),
	           repeat);
	o->type = type_in(g->path, s, fd->lhs, true);
	o->func->type = o->type;
	o->recv_type = t;
	node_rare(fd)->recv->lhs->type = ptr ? type_ptr(t) : t;
	node_rare(fd)->recv->lhs->is_type = true;
	if (attach)
		attach_method(o, t, ptr, o->type);
	queue_body(o, fd, s, g, targs);
	return o;
}

static bool declares(GenericMethod *m, Generic *g) {
	return !strcmp(m->base, g->obj->name) && m->file_scope->outer == g->file_scope->outer;
}

// The methods of instance t of generic type g: each declared method's copy
// with the receiver's type parameter names bound to the type arguments.
static void instance_methods(Generic *g, Type *t, Vec *targs, Instance *in) {
	const char *shape_type = xasprintf("%s%s", g->obj->name, in->shapes);
	bool repeat = shape_seen(g, in);
	for (int i = 0; i < gen.methods.len; i++)
		if (declares(gen.methods.data[i], g))
			instance_method(g, gen.methods.data[i], t, targs, shape_type, repeat, true);
}

// Method of an instance of a generic type as gc compiles it for other GC
// shapes than the instance's own (a shape body's call: shape_body_shapes).
Obj *shape_method(Obj *method, const char *shapes) {
	static Vec made; // Obj*: variants made so far
	Instance *in = ptrmap_get(&gen.instance_of, method->recv_type);
	if (!in)
		return method;
	for (int i = 0; i < made.len; i++) {
		Obj *o = made.data[i];
		if (o->recv_type == method->recv_type && !strcmp(o->name, method->name) &&
		    strstr(o->func->shape_name, shapes))
			return o;
	}
	// a pseudo instance of the type: later shapes see it as seen
	Instance *pseudo = new_instance(in->g, &in->targs, in->obj, shapes);
	for (int i = 0; i < gen.methods.len; i++) {
		GenericMethod *m = gen.methods.data[i];
		if (!declares(m, in->g) || strcmp(m->decl->name, method->name))
			continue;
		Obj *o = instance_method(in->g, m, method->recv_type, &in->targs, xasprintf("%s%s", in->g->obj->name, shapes),
		                         shape_seen(in->g, pseudo), false);
		if (o)
			vec_push(&made, o);
		return o ? o : method;
	}
	return method;
}

// For a type expression that is a type parameter: its shape; that only
// mentions one ([]T, Box[T]): TPARAM_DERIVED; else NULL.
static const char *shape_of_expr(Node *t) {
	t = unparen(t);
	if (!t)
		return NULL;
	if (t->kind == ND_IDENT)
		return t->obj && t->obj->kind == OBJ_TYPE ? t->obj->shape : NULL;
	if (t->kind == ND_FUNCTYPE || t->kind == ND_STRUCTTYPE || t->kind == ND_INTERFACETYPE)
		return NULL;
	bool derived = shape_of_expr(t->lhs) || shape_of_expr(t->rhs);
	for (int i = 0; !derived && i < node_list(t)->len; i++)
		derived = shape_of_expr(node_list(t)->data[i]) != NULL;
	return derived ? TPARAM_DERIVED : NULL;
}

// Marks the fields of an instance's struct declared with a type parameter's
// type (spec is the instance's checked copy of the declaration).
static void mark_tparam_fields(Node *spec, Type *u) {
	Node *st = unparen(spec->lhs);
	if (!st || st->kind != ND_STRUCTTYPE || u->kind != TY_STRUCT)
		return;
	int k = 0;
	for (int i = 0; i < node_list(st)->len; i++) {
		Node *fd = node_list(st)->data[i];
		int count = node_ext(fd)->names.len ? node_ext(fd)->names.len : 1;
		for (int j = 0; j < count && k < u->fields.len; j++, k++)
			((Field *)u->fields.data[k])->shape = shape_of_expr(fd->lhs);
	}
}

// Marks the parameters and variables of an instance body declared with a
// type parameter's type (-m spells their boxing unsafe.Pointer(x)).
static void mark_tparam_vars(Node *n) {
	if (!n)
		return;
	if (n->kind == ND_FIELD || n->kind == ND_VARSPEC) {
		const char *shape = shape_of_expr(n->lhs);
		for (int i = 0; shape && i < node_ext(n)->names.len; i++) {
			Obj *o = ((Node *)node_ext(n)->names.data[i])->obj;
			if (o && o->kind == OBJ_VAR)
				o->shape = shape;
		}
	}
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		mark_tparam_vars(kids[k]);
	const Vec *vs[] = {node_list(n), node_rlist(n), &node_rare(n)->params, &node_rare(n)->results};
	for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++)
		for (int k = 0; k < vs[v]->len; k++)
			mark_tparam_vars(vs[v]->data[k]);
}

Type *instance_type(Generic *g, Vec *targs) {
	Instance *in = find_instance(g, targs, NULL);
	if (in)
		return in->obj->type;
	Node *spec = node_copy(g->decl);
	node_rare_mut(spec)->tparams = (Vec){0};
	Obj *o = new_obj(OBJ_TYPE, xasprintf("%s%s", g->obj->name, bracketed(targs, write_targ)), g->obj->pos);
	StrBuf msg = {0};
	strbuf_put(&msg, g->obj->name);
	for (int i = 0; i < targs->len; i++) {
		strbuf_put(&msg, i ? ", " : "[");
		type_write(&msg, targs->data[i], TS_TYPES2);
	}
	strbuf_put(&msg, "]");
	o->msg_name = strbuf_text(&msg);
	for (int i = 0; i < targs->len; i++)
		vec_push(&o->targs, targs->data[i]);
	o->owner = g->obj->owner;
	o->decl = spec;
	Type *t = new_named(o);
	t->pkg = g->pkg;
	t->pkgpath = g->path;
	vec_push(&ck.prog->types, t);
	in = new_instance(g, targs, o, NULL);
	ptrmap_put(&gen.instance_of, t, in);
	Scope *s = bind_scope(g, g->file_scope, &g->names, targs);
	Type *rhs = type_in(g->path, s, spec->lhs, false);
	t->underlying = type_under(rhs) ? type_under(rhs) : ty_invalid;
	if (rhs->kind != TY_NAMED)
		mark_tparam_fields(spec, t->underlying);
	instance_methods(g, t, targs, in);
	return t;
}

// ---- bodies ----

void check_job(BodyJob *j) {
	Node *fd = j->fn->funcdecl;
	ck.decl = j->decl;
	ck.scope = j->scope;
	ck.path = j->g->path; // its literal types' unexported names are g's
	Obj *recv = node_rare(fd)->recv ? new_receiver(node_rare(fd)->recv) : NULL;
	gen.body_depth = j->depth;
	gen.cur_job = j;
	diag_set_filter(j->filter);
	check_func_body(j->fn->func, fd->lhs, node_ext(fd)->body, recv);
	diag_set_filter(NULL);
	mark_tparam_vars(fd->lhs);
	mark_tparam_vars(node_ext(fd)->body);
	if (!j->stand_in) {
		spell_dict_calls(node_ext(fd)->body, j->g, &j->targs);
		shape_method_calls(node_ext(fd)->body);
	}
	ck.decl = NULL;
}

void check_instance_bodies(void) {
	const char *saved_path = ck.path;
	gen.checking_instance = true;
	for (int i = 0;; i++) {
		if (i == gen.jobs.len) {
			// the instances gc makes for dictionaries only, compiled last
			for (int k = 0; k < gen.pending.len; k++) {
				Pending *p = gen.pending.data[k];
				instance_func(p->g, &p->targs, NULL);
			}
			gen.pending.len = 0;
			if (i == gen.jobs.len)
				break;
		}
		check_job(gen.jobs.data[i]);
	}
	gen.checking_instance = false;
	ck.path = saved_path;
	gen.cur_job = NULL;
	gen.body_depth = 0;
	gen.jobs.len = 0;
}

bool in_instance(void) {
	return gen.checking_instance;
}
