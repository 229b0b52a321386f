// check_generic.c - type parameters, by monomorphisation.
//
// A generic function or type is kept as parsed, and each distinct list of
// type arguments gets a copy of it (node_copy) checked in a scope where
// the type parameter names denote the type arguments. (Go's errors about
// the generic body itself come from one more such copy checked with
// stand-ins for the type parameters: see check_generics at the end.) An instance is then an ordinary function (named
// like Go's linker names it: main.Max[int], main.(*Stack[int]).Push) or
// an ordinary named type (Pair[string,int]) for escape analysis and code
// generation. Instantiating a type instantiates all its methods, as gc
// compiles them all. Function argument type inference unifies the
// parameters' type expressions with the argument types; constraint type
// inference fills in what a core type (~[]E) determines. Instance bodies
// are checked after the package's own bodies (check_instance_bodies).
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"

typedef struct Instance {
	Vec targs;           // Type*
	const char *shapes;  // "[go.shape.int_0,go.shape.string_1]" (gc's -m names)
	Obj *obj;            // the instantiated function or type name
	struct Generic *g;
} Instance;

typedef struct Generic {
	Obj *obj;            // the generic function or type name
	Node *decl;          // ND_FUNCDECL / ND_TYPESPEC as parsed
	Scope *file_scope;
	const char *pkg, *path; // the declaring package's name and import path
	Vec names;           // Node* ND_IDENT: the type parameters in order
	Vec constraints;     // Node*: each one's constraint expression
	Vec instances;       // Instance*
} Generic;

// A method declared on a generic type: instantiated with the type.
typedef struct GenericMethod {
	Node *decl;
	const char *base;    // the receiver's type name
	Scope *file_scope;
} GenericMethod;

// An instance body waiting to be checked.
typedef struct BodyJob {
	Obj *fn;
	Scope *scope;
	DeclInfo *decl;
	int depth;           // instances between it and non-generic code
	bool (*filter)(Pos pos, const char *msg); // which of its errors are reported (NULL: all)
	struct Generic *g;   // what it is an instance of
	bool stand_in;       // its type arguments are stand-ins (check_generics)
	bool layout;         // a body of the generic layout_generics lays out
	Vec targs;           // Type*: the instance's type arguments
} BodyJob;

// A generic's reference to a generic function with type arguments made of
// its type parameters (layout_generics).
typedef struct Site {
	Vec *params;         // Type*: the stand-ins of the referring generic
	Vec targs;           // Type*: the callee's type arguments in their terms
} Site;

// An instance gc makes for a dictionary only (shape_body_shapes).
typedef struct Pending {
	struct Generic *g;
	Vec targs;
} Pending;

// Generics of every package checked so far (an importer instantiates them).
static PtrMap generic_of;   // Obj* (generic name) -> Generic*
static PtrMap instance_of;  // Type* (instantiated named type) -> Instance*
static PtrMap func_instance_of; // Obj* (instantiated function) -> Instance*
static Vec methods;         // GenericMethod*
static Vec jobs;            // BodyJob* of the package being checked
static Vec declared;        // Generic* of the package being checked
static PtrMap stand_in_of;  // stand-in Type* (check_generics) -> its constraint's spelling
static PtrMap comparable_stand_ins; // stand-in Type* whose constraint is comparable
static Generic *stand_in_check; // the generic check_generics is instantiating with stand-ins
static bool laying_out;     // layout_generics is running
static Vec laid_out;        // Instance* it made (dropped after)
static Vec *layout_targs;   // the stand-ins of the generic it lays out
static PtrMap sites;         // parsed callee Node* -> Site*
static Vec pending;          // Pending*
static int instance_count;  // for unique assembly symbols
static int depth;           // nesting of type instantiations (runaway recursion)
static int body_depth;      // BodyJob.depth of the body being checked
static BodyJob *cur_job;    // the body being checked
static bool checking_instance;

void generics_begin(void) {
	jobs = (Vec){0};
	declared = (Vec){0};
	depth = 0;
}

static Generic *new_generic(Obj *o, Node *decl, Scope *fs) {
	Generic *g = xcalloc(1, sizeof(Generic));
	g->obj = o;
	g->decl = decl;
	g->file_scope = fs;
	g->pkg = ck.pkg;
	g->path = ck.path;
	for (int i = 0; i < decl->tparams.len; i++) {
		Node *f = decl->tparams.data[i];
		for (int k = 0; k < f->names.len; k++) {
			vec_push(&g->names, f->names.data[k]);
			vec_push(&g->constraints, f->lhs);
		}
	}
	ptrmap_put(&generic_of, o, g);
	vec_push(&declared, g);
	return g;
}

static Generic *generic(Obj *o) {
	return o ? ptrmap_get(&generic_of, o) : NULL;
}

bool is_generic(Obj *o) {
	return generic(o) != NULL;
}

// A constraint as written; sep between union terms (" | " in a
// declaration, "|" where Go names the implicit interface of [T A|B]).
static void write_constraint(StrBuf *b, Node *c, const char *sep) {
	c = unparen(c);
	if (c->kind == ND_UNION) {
		for (int i = 0; i < c->list.len; i++) {
			if (i)
				strbuf_put(b, sep);
			write_constraint(b, c->list.data[i], sep);
		}
	} else if (c->kind == ND_TILDE) {
		strbuf_put(b, "~");
		write_constraint(b, c->lhs, sep);
	} else {
		strbuf_put(b, expr_string(c));
	}
}

const char *generic_string(Obj *o) {
	Generic *g = generic(o);
	if (!g)
		return o->name;
	StrBuf b = {0};
	strbuf_put(&b, o->name);
	strbuf_put(&b, "[");
	for (int i = 0; i < g->decl->tparams.len; i++) {
		Node *f = g->decl->tparams.data[i];
		if (i)
			strbuf_put(&b, ", ");
		for (int k = 0; k < f->names.len; k++) {
			strbuf_put(&b, ((Node *)f->names.data[k])->name);
			strbuf_put(&b, k + 1 < f->names.len ? ", " : " ");
		}
		write_constraint(&b, f->lhs, " | ");
	}
	strbuf_put(&b, "]");
	return strbuf_text(&b);
}

// Where a type parameter is declared, as Go words it in "cannot infer T
// (POS)": with the file's absolute path.
static const char *tparam_pos(Node *tp) {
	const char *name = diag_file_name(tp->pos.file);
	char *abs = name ? realpath(name, NULL) : NULL;
	if (!abs)
		return pos_label(tp->pos);
	return xasprintf("%s:%d:%d", abs, tp->pos.line, tp->pos.col);
}

// Marks the packages a generic declaration refers to as used: gc checks
// a generic body even when nothing instantiates it.
static void mark_imports(Node *n, Scope *fs) {
	if (!n)
		return;
	if (n->kind == ND_SELECTOR && n->lhs && n->lhs->kind == ND_IDENT) {
		Obj *o = scope_lookup(fs, n->lhs->name, NULL);
		if (o && o->kind == OBJ_PKG)
			o->pkg_used = true;
	}
	Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->then, n->els,
	                n->body, n->lo, n->hi, n->max, n->len, n->recv};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		mark_imports(kids[k], fs);
	Vec *vs[] = {&n->list, &n->rlist, &n->params, &n->results, &n->tparams};
	for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++)
		for (int k = 0; k < vs[v]->len; k++)
			mark_imports(vs[v]->data[k], fs);
}

void declare_generic_func(Node *fd, Scope *fs) {
	Obj *o = new_obj(OBJ_FUNC, fd->name, fd->pos2);
	o->decl = fd;
	o->funcdecl = fd;
	new_generic(o, fd, fs);
	mark_imports(fd, fs);
	if (!strcmp(fd->name, "main") || !strcmp(fd->name, "init"))
		error_at(fd->pos2, "func %s must have no type parameters", fd->name);
	declare_obj(ck.pkg_scope, o);
}

void declare_generic_type(Node *spec, Scope *fs, Scope *scope) {
	Obj *o = new_obj(OBJ_TYPE, spec->name, spec->pos);
	o->decl = spec;
	o->type = ty_invalid;
	o->owner = ck.func; // a local generic: its instances are local types
	new_generic(o, spec, fs);
	mark_imports(spec, fs);
	declare_obj(scope, o);
}

// The receiver's base type expression without '*' and parentheses.
static Node *recv_base(Node *fd, bool *ptr) {
	Node *t = unparen(fd->recv->lhs);
	*ptr = false;
	if (t && t->kind == ND_STAR) {
		*ptr = true;
		t = unparen(t->lhs);
	}
	return t;
}

bool declare_generic_method(Node *fd, Scope *fs) {
	bool ptr;
	Node *base = recv_base(fd, &ptr);
	if (!base || base->kind != ND_INDEX || !base->lhs || base->lhs->kind != ND_IDENT)
		return false;
	GenericMethod *m = xcalloc(1, sizeof(GenericMethod));
	m->decl = fd;
	m->base = base->lhs->name;
	m->file_scope = fs;
	vec_push(&methods, m);
	mark_imports(fd, fs);
	return true;
}

// The indices of x[a] or x[a, b, ...].
static Vec index_args(Node *n) {
	if (n->list.len)
		return n->list;
	Vec v = {0};
	vec_push(&v, n->rhs);
	return v;
}

// ---- names ----

// Type arguments in brackets, each written by put (given its index):
// "[int,main.Celsius]" as the linker spells them, or their GC shapes.
static const char *bracketed(Vec *targs, void (*put)(StrBuf *, Type *, int)) {
	StrBuf b = {0};
	strbuf_put(&b, "[");
	for (int i = 0; i < targs->len; i++) {
		if (i)
			strbuf_put(&b, ",");
		put(&b, targs->data[i], i);
	}
	strbuf_put(&b, "]");
	return strbuf_text(&b);
}

static void write_targ(StrBuf *b, Type *t, int i) {
	(void)i;
	type_write(b, t, TS_REFLECT);
}

// gc's GC shape of type argument i: its underlying type, every pointer
// being *uint8, spelled like the linker spells types (a struct's
// unexported fields qualified by package).
static Type *(*shape_map)(Type *t, void *ctx); // see shape_body_shapes
static void *shape_map_ctx;

static void write_mapped(StrBuf *b, Type *t) {
	type_write_mapped(b, t, TS_REFLECT, shape_map, shape_map_ctx);
}

static void write_shape(StrBuf *b, Type *t, int i) {
	Type *u = type_under(shape_map ? shape_map(t, shape_map_ctx) : t);
	strbuf_put(b, "go.shape.");
	if (u->kind == TY_PTR || u->kind == TY_UNSAFEPTR) {
		strbuf_put(b, "*uint8");
	} else if (u->kind == TY_STRUCT && u->fields.len) {
		strbuf_put(b, "struct { ");
		for (int k = 0; k < u->fields.len; k++) {
			Field *f = u->fields.data[k];
			if (k)
				strbuf_put(b, "; ");
			if (!f->embedded) {
				if (!is_exported(f->name))
					strbuf_put(b, xasprintf("%s.", t->kind == TY_NAMED && t->pkgpath ? t->pkgpath : ck.path));
				strbuf_put(b, f->name);
				strbuf_put(b, " ");
			}
			write_mapped(b, f->type);
		}
		strbuf_put(b, " }");
	} else {
		write_mapped(b, u);
	}
	strbuf_put(b, xasprintf("_%d", i));
}

// Whether an instance of g before the last one has the same shapes.
static bool shape_seen(Generic *g, Instance *in) {
	for (int i = 0; i < g->instances.len && g->instances.data[i] != in; i++)
		if (!strcmp(((Instance *)g->instances.data[i])->shapes, in->shapes))
			return true;
	return false;
}

// Names an instance's function as gc's -m does: func is "Max" or a
// method's "(*Stack[go.shape.int_0]).Push" form, linker is its Go name.
static void name_shape(Func *f, const char *shape_name, bool repeat) {
	const char *dot = strchr(f->name, '.');
	f->shape_name = shape_name;
	f->dict_name = xasprintf(".dict.%s", dot ? dot + 1 : f->name);
	f->shape_repeat = repeat;
}

// An assembler-safe symbol, unique per instance.
static const char *instance_sym(const char *name) {
	StrBuf b = {0};
	for (const char *p = name; *p; p++) {
		char c = *p;
		char s[2] = {c, 0};
		if (isalnum((unsigned char)c) || c == '_' || c == '.')
			strbuf_put(&b, s);
		else if (c == '*')
			strbuf_put(&b, "P");
		else if (c != '(' && c != ')')
			strbuf_put(&b, "_");
	}
	strbuf_put(&b, xasprintf("..inst%d", ++instance_count));
	return strbuf_text(&b);
}

// What a type parameter denotes in an instance: an unnamed argument is
// copied so that values of type parameter type stay recognisable (Type.shape);
// named types and interfaces are used as they are.
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
// (params, an ND_IDENT each) denote the type arguments.
static Scope *bind_scope(Scope *fs, Vec *params, Vec *targs) {
	Scope *s = scope_new(fs);
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
	return s;
}

// g's instance for targs (with the given GC shapes: NULL, the arguments' own).
static Instance *find_instance(Generic *g, Vec *targs, const char *shapes) {
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
	in->shapes = shapes ? shapes : bracketed(targs, write_shape);
	in->obj = o;
	in->g = g;
	vec_push(&g->instances, in);
	if (o->kind == OBJ_FUNC)
		ptrmap_put(&func_instance_of, o, in);
	if (laying_out)
		vec_push(&laid_out, in);
	return in;
}

// Checks a signature (or a type) in scope s, restoring the checker's state.
// n's type in scope s; declared in package path (NULL: the one being
// checked), whose unexported field and method names the type has wherever
// an instance declares it.
static Type *type_in(const char *path, Scope *s, Node *n, bool signature) {
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

static bool type_independent(Pos pos, const char *msg);
static bool report_none(Pos pos, const char *msg);
static bool novel(Pos pos, const char *msg);
static bool strict(Generic *g);

// Whether t is or contains a stand-in for a type parameter.
static bool has_stand_in(Type *t, int depth) {
	if (!t || depth > 8)
		return false;
	if (ptrmap_get(&stand_in_of, t))
		return true;
	if (t->kind == TY_NAMED)
		return false;
	if (has_stand_in(t->elem, depth + 1) || has_stand_in(t->key, depth + 1))
		return true;
	Vec *vs[] = {&t->params, &t->results};
	for (int v = 0; v < 2; v++)
		for (int i = 0; i < vs[v]->len; i++)
			if (has_stand_in(vs[v]->data[i], depth + 1))
				return true;
	for (int i = 0; i < t->fields.len; i++)
		if (has_stand_in(((Field *)t->fields.data[i])->type, depth + 1))
			return true;
	return false;
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
	if (stand_in_check != g)
		return report_none; // an instance a stand-in check made: checked on its own
	return strict(g) ? novel : type_independent;
}

static void queue_body(Obj *fn, Node *fd, Scope *s, Generic *g, Vec *targs) {
	BodyJob *j = xcalloc(1, sizeof(BodyJob));
	j->fn = fn;
	j->scope = s;
	j->decl = declare_instance(fn, fd, s);
	j->depth = body_depth + 1;
	j->filter = job_filter(g, targs);
	j->g = g;
	j->stand_in = any_stand_in(targs);
	j->layout = targs == layout_targs;
	j->targs = *targs;
	vec_push(&jobs, j);
}

// g's instance for targs; shapes: the GC shapes gc's instance has when it
// differs from the arguments' own (shape_body_shapes), else NULL.
static Obj *instance_func(Generic *g, Vec *targs, const char *shapes) {
	Instance *in = find_instance(g, targs, shapes ? shapes : bracketed(targs, write_shape));
	if (in)
		return in->obj;
	Node *fd = node_copy(g->decl);
	fd->tparams = (Vec){0};
	Scope *s = bind_scope(g->file_scope, &g->names, targs);
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
	fd->func = o->func;
	in = new_instance(g, targs, o, shapes);
	name_shape(o->func, xasprintf("%s%s", g->obj->name, in->shapes), shape_seen(g, in));
	o->type = type_in(g->path, s, fd->lhs, true);
	o->func->type = o->type;
	queue_body(o, fd, s, g, targs);
	return o;
}

// The methods of instance t of generic type g: each declared method's copy
// with the receiver's type parameter names bound to the type arguments.
static void instance_methods(Generic *g, Type *t, Vec *targs, Instance *in) {
	const char *shape_type = xasprintf("%s%s", g->obj->name, in->shapes);
	bool repeat = shape_seen(g, in);
	for (int i = 0; i < methods.len; i++) {
		GenericMethod *m = methods.data[i];
		if (strcmp(m->base, g->obj->name) || m->file_scope->outer != g->file_scope->outer)
			continue;
		Node *fd = node_copy(m->decl);
		bool ptr;
		Node *base = recv_base(fd, &ptr);
		Vec names = index_args(base);
		if (names.len != targs->len) {
			error_at(base->pos, "got %d type parameters, but receiver base type declares %d", names.len, targs->len);
			continue;
		}
		Scope *s = bind_scope(m->file_scope, &names, targs);
		Obj *o = new_obj(OBJ_FUNC, fd->name, fd->pos2);
		o->decl = fd;
		o->funcdecl = fd;
		o->ptr_recv = ptr;
		const char *name = ptr ? xasprintf("%s.(*%s).%s", g->path, t->obj->name, fd->name)
		                       : xasprintf("%s.%s.%s", g->path, t->obj->name, fd->name);
		o->func = new_func(fd, name);
		o->func->sym = instance_sym(name);
		fd->func = o->func;
		name_shape(o->func, ptr ? xasprintf("(*%s).%s", shape_type, fd->name) : xasprintf("%s.%s", shape_type, fd->name),
		           repeat);
		o->type = type_in(g->path, s, fd->lhs, true);
		o->func->type = o->type;
		o->recv_type = t;
		fd->recv->lhs->type = ptr ? type_ptr(t) : t;
		fd->recv->lhs->is_type = true;
		attach_method(o, t, ptr, o->type);
		queue_body(o, fd, s, g, targs);
	}
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
	for (int i = 0; !derived && i < t->list.len; i++)
		derived = shape_of_expr(t->list.data[i]) != NULL;
	return derived ? TPARAM_DERIVED : NULL;
}

// Marks the fields of an instance's struct declared with a type parameter's
// type (spec is the instance's checked copy of the declaration).
static void mark_tparam_fields(Node *spec, Type *u) {
	Node *st = unparen(spec->lhs);
	if (!st || st->kind != ND_STRUCTTYPE || u->kind != TY_STRUCT)
		return;
	int k = 0;
	for (int i = 0; i < st->list.len; i++) {
		Node *fd = st->list.data[i];
		int count = fd->names.len ? fd->names.len : 1;
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
		for (int i = 0; shape && i < n->names.len; i++) {
			Obj *o = ((Node *)n->names.data[i])->obj;
			if (o && o->kind == OBJ_VAR)
				o->shape = shape;
		}
	}
	Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->then, n->els, n->body};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		mark_tparam_vars(kids[k]);
	Vec *vs[] = {&n->list, &n->rlist, &n->params, &n->results};
	for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++)
		for (int k = 0; k < vs[v]->len; k++)
			mark_tparam_vars(vs[v]->data[k]);
}

static Type *instance_type(Generic *g, Vec *targs) {
	Instance *in = find_instance(g, targs, NULL);
	if (in)
		return in->obj->type;
	Node *spec = node_copy(g->decl);
	spec->tparams = (Vec){0};
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
	ptrmap_put(&instance_of, t, in);
	Scope *s = bind_scope(g->file_scope, &g->names, targs);
	Type *rhs = type_in(g->path, s, spec->lhs, false);
	t->underlying = type_under(rhs) ? type_under(rhs) : ty_invalid;
	if (rhs->kind != TY_NAMED)
		mark_tparam_fields(spec, t->underlying);
	instance_methods(g, t, targs, in);
	return t;
}

// ---- constraints ----

static bool satisfies(Type *t, Node *c, Scope *s, const char **why);

static Type *type_of_expr(Node *n, Scope *s) {
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
	for (int i = 0; i < u->list.len; i++) {
		Node *term = unparen(u->list.data[i]);
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
static Scope *decl_scope(Obj *o, Scope *fallback) {
	DeclInfo *d = ptrmap_get(&ck.decls, o);
	return d ? d->file_scope : fallback;
}

// Whether t is in the type set of constraint c (checked in scope s); *why
// gets Go's parenthesised reason otherwise.
static bool satisfies(Type *t, Node *c, Scope *s, const char **why) {
	c = unparen(c);
	switch (c->kind) {
	case ND_UNION:
		for (int i = 0; i < c->list.len; i++)
			if (in_type_set(t, c->list.data[i], s))
				return true;
		*why = xasprintf("(%s missing in %s)", tstr(t), union_string(c, s));
		return false;
	case ND_TILDE:
		if (in_type_set(t, c, s))
			return true;
		*why = xasprintf("(%s missing in ~%s)", tstr(t), tstr(type_of_expr(c->lhs, s)));
		return false;
	case ND_INTERFACETYPE: {
		for (int i = 0; i < c->list.len; i++) {
			Node *e = c->list.data[i];
			if (!e->names.len && !satisfies(t, e->lhs, s, why))
				return false;
		}
		Type *iface = type_of_expr(c, s);
		return implements(t, iface, why);
	}
	case ND_IDENT: case ND_SELECTOR: {
		Scope *saved = ck.scope;
		ck.scope = s;
		Obj *o = c->kind == ND_IDENT ? lookup_name(c->name) : NULL;
		ck.scope = saved;
		if (o && o->kind == OBJ_TYPE && scope_lookup_local(ck.universe, o->name) == o &&
		    !strcmp(o->name, "comparable")) {
			*why = "";
			return !type_is_interface(t) && type_is_comparable(t);
		}
		// a declared constraint: its interface, or the constraint it names
		NodeKind rhs = o && o->kind == OBJ_TYPE && o->decl && o->decl->kind == ND_TYPESPEC &&
		                       !o->decl->tparams.len && o->decl->lhs
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
static bool check_constraints(Generic *g, Vec *targs, Pos *at) {
	Scope *s = bind_scope(g->file_scope, &g->names, targs);
	for (int i = 0; i < targs->len; i++) {
		const char *why = "";
		Type *t = targs->data[i];
		if (t == ty_invalid)
			return false;
		Node *c = g->constraints.data[i];
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
static bool instantiation_cycle(Generic *g, Vec *targs, Pos at) {
	if (cur_job && cur_job->stand_in && cur_job->g == g) {
		for (int i = 0; i < targs->len; i++) {
			Type *t = targs->data[i];
			if (!has_stand_in(t, 0) || ptrmap_get(&stand_in_of, t))
				continue;
			Node *tp = g->names.data[i];
			if (laying_out)
				return true; // check_generics reports it
			diag_set_filter(novel);
			error_at(tp->pos, "instantiation cycle:\n\t%s: %s instantiated as %s", pos_label(at), tp->name,
			         tstr(t));
			diag_set_filter(cur_job->filter);
			return true;
		}
	}
	if (body_depth < 32 || find_instance(g, targs, NULL))
		return false;
	Node *tp = g->names.data[0];
	error_at(tp->pos, "instantiation cycle:\n\t%s: %s instantiated as %s", pos_label(at), tp->name,
	         tstr(targs->data[0]));
	return true;
}

// ---- shape bodies ----

// What a caller's stand-ins stand for in its instance: their GC shapes'
// underlying types.
typedef struct ShapeSubst {
	Vec *params;         // Type*: the caller's stand-ins
	Vec *targs;          // Type*: its instance's type arguments
} ShapeSubst;

static Type *shape_underlying(Type *t, void *ctx) {
	ShapeSubst *ss = ctx;
	for (int i = 0; i < ss->params->len && i < ss->targs->len; i++) {
		if (ss->params->data[i] != t)
			continue;
		Type *u = type_under(ss->targs->data[i]);
		return u->kind == TY_PTR || u->kind == TY_UNSAFEPTR ? type_ptr(ty_uint8) : u;
	}
	return t;
}

// gc compiles a generic body once per GC shape, so its calls pass type
// arguments made of the caller's shapes, and Shapify spells those by their
// underlying types: SortBy[Pair[K, V]] in Entries[int, Pair[string,
// float64]] calls SortBy[go.shape.struct { Key int; Val struct { Key
// string; Val float64 } }_0]. When that differs from the shapes of the type
// arguments themselves, which name the instance the caller's dictionary
// holds, gc has both instances (the latter compiled last: pending). For
// the call at callee (in an instance body) of g with targs: the shapes
// when they differ, else NULL.
static const char *shape_body_shapes(Node *callee, Generic *g, Vec *targs) {
	if (!cur_job || cur_job->stand_in || laying_out || !callee->origin)
		return NULL;
	Site *site = ptrmap_get(&sites, callee->origin);
	if (!site || site->targs.len != targs->len)
		return NULL;
	ShapeSubst ss = {site->params, &cur_job->targs};
	shape_map = shape_underlying;
	shape_map_ctx = &ss;
	const char *shapes = bracketed(&site->targs, write_shape);
	shape_map = NULL;
	if (!strcmp(shapes, bracketed(targs, write_shape)))
		return NULL;
	Pending *p = xcalloc(1, sizeof(Pending));
	p->g = g;
	p->targs = *targs;
	vec_push(&pending, p);
	return shapes;
}

// ---- explicit instantiation ----

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
	f->list = (Vec){0};
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
	if (++depth > 100) {
		depth--;
		error_at(expr_pos(n), "instantiation cycle");
		return ty_invalid;
	}
	Type *t = instance_type(g, &targs);
	depth--;
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
} Infer;

static int tparam_index(Generic *g, Node *p) {
	if (p->kind != ND_IDENT)
		return -1;
	for (int i = 0; i < g->names.len; i++)
		if (((Node *)g->names.data[i])->name == p->name)
			return i;
	return -1;
}

static bool unify(Infer *in, Node *p, Type *a);
static Node *subst(Node *n, Generic *g, Vec *args);

static bool unify_fields(Infer *in, Vec *fields, Vec *types) {
	int k = 0;
	for (int i = 0; i < fields->len; i++) {
		Node *f = fields->data[i];
		int count = f->names.len ? f->names.len : 1;
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
		if (p->len ? u->kind != TY_ARRAY : u->kind != TY_SLICE)
			return false;
		return unify(in, p->lhs, u->elem);
	case ND_MAPTYPE:
		return u->kind == TY_MAP && unify(in, p->lhs, u->key) && unify(in, p->rhs, u->elem);
	case ND_CHANTYPE:
		return u->kind == TY_CHAN && unify(in, p->lhs, u->elem);
	case ND_FUNCTYPE:
		return u->kind == TY_FUNC && unify_fields(in, &p->params, &u->params) &&
		       unify_fields(in, &p->results, &u->results);
	case ND_STRUCTTYPE: {
		if (u->kind != TY_STRUCT)
			return false;
		Vec types = {0};
		for (int k = 0; k < u->fields.len; k++)
			vec_push(&types, ((Field *)u->fields.data[k])->type);
		return unify_fields(in, &p->list, &types);
	}
	case ND_INDEX: {
		Generic *g = generic_named_in(p->lhs, in->g->file_scope);
		Instance *inst = a->kind == TY_NAMED ? ptrmap_get(&instance_of, a) : NULL;
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
static Node *core_term(Node *c, Scope *s);

// A copy of n with the type parameter names of g replaced by copies of
// the expressions args (the arguments of g[args]).
static Node *subst(Node *n, Generic *g, Vec *args) {
	if (!n)
		return NULL;
	int i = tparam_index(g, n);
	if (i >= 0 && i < args->len)
		return node_copy(args->data[i]);
	Node *c = node_copy(n);
	Node **kids[] = {&c->lhs, &c->rhs, &c->len};
	for (int k = 0; k < 3; k++)
		*kids[k] = subst(*kids[k], g, args);
	Vec *vs[] = {&c->list, &c->params, &c->results};
	for (int v = 0; v < 3; v++)
		for (int k = 0; k < vs[v]->len; k++)
			vs[v]->data[k] = subst(vs[v]->data[k], g, args);
	return c;
}

static Node *core_term(Node *c, Scope *s) {
	c = unparen(c);
	Generic *g = c->kind == ND_INDEX ? generic_named_in(c->lhs, s) : NULL;
	if (g && g->obj->kind == OBJ_TYPE) { // a generic constraint C[args]
		Node *core = core_term(g->decl->lhs, g->file_scope);
		Vec args = index_args(c);
		return core ? subst(core, g, &args) : NULL;
	}
	if (c->kind == ND_INTERFACETYPE) {
		Node *only = NULL;
		for (int i = 0; i < c->list.len; i++) {
			Node *e = c->list.data[i];
			if (e->names.len)
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

// Whether every type parameter p refers to is bound.
static bool all_bound(Infer *in, Node *p) {
	if (!p)
		return true;
	int i = tparam_index(in->g, p);
	if (i >= 0)
		return in->bound[i] != NULL;
	Node *kids[] = {p->lhs, p->rhs, p->len};
	for (int k = 0; k < 3; k++)
		if (!all_bound(in, kids[k]))
			return false;
	Vec *vs[] = {&p->list, &p->params, &p->results};
	for (int v = 0; v < 3; v++)
		for (int k = 0; k < vs[v]->len; k++)
			if (!all_bound(in, vs[v]->data[k]))
				return false;
	return true;
}

// Constraint type inference: a bound parameter with a core type
// determines the parameters in it; an unbound one whose core type is
// fully known becomes that type.
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
				if (!unify(in, core, type_under(in->bound[i])))
					return false;
				for (int k = 0; k < in->g->names.len; k++)
					after += in->bound[k] != NULL;
				progress |= after > before;
			} else if (all_bound(in, core)) {
				Vec targs = {0};
				for (int k = 0; k < in->g->names.len; k++)
					vec_push(&targs, in->bound[k] ? in->bound[k] : ty_invalid);
				in->bound[i] = type_of_expr(core, bind_scope(in->g->file_scope, &in->g->names, &targs));
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
	for (int i = 0; ft && i < ft->params.len; i++) {
		Node *f = ft->params.data[i];
		int count = f->names.len ? f->names.len : 1;
		for (int k = 0; k < count; k++)
			vec_push(&out, f->lhs);
	}
	return out;
}

static Vec stand_ins(Generic *g, int vparam, int vterm);

// Whether type expression p mentions a type parameter inference has bound.
static bool mentions_bound(Infer *in, Node *p) {
	if (!p)
		return false;
	int i = tparam_index(in->g, p);
	if (i >= 0)
		return in->bound[i] != NULL;
	Node *kids[] = {p->lhs, p->rhs, p->len};
	for (int k = 0; k < 3; k++)
		if (mentions_bound(in, kids[k]))
			return true;
	Vec *vs[] = {&p->list, &p->params, &p->results};
	for (int v = 0; v < 3; v++)
		for (int k = 0; k < vs[v]->len; k++)
			if (mentions_bound(in, vs[v]->data[k]))
				return true;
	return false;
}

// Go names the parameter type with what is inferred so far substituted
// (the parameters still unknown spelled as themselves).
static void mismatch(Infer *in, Node *arg, Type *at, Node *p) {
	if (!mentions_bound(in, p)) {
		error_at(expr_pos(arg), "type %s of %s does not match %s", tstr(at), expr_string(arg), expr_string(p));
		return;
	}
	Vec targs = stand_ins(in->g, -1, 0);
	for (int i = 0; i < in->g->names.len; i++)
		if (in->bound[i])
			targs.data[i] = in->bound[i];
	Type *inferred = type_of_expr(p, bind_scope(in->g->file_scope, &in->g->names, &targs));
	error_at(expr_pos(arg), "type %s of %s does not match inferred type %s for %s", tstr(at), expr_string(arg),
	         tstr(inferred), expr_string(p));
}

static void check_args_only(Node *n) {
	for (int i = 0; i < n->list.len; i++)
		check_multi(n->list.data[i]);
}

bool instantiate_call(Node *n) {
	Node *f = unparen(n->lhs);
	Node *name = f && f->kind == ND_INDEX ? f->lhs : f;
	Generic *g = generic_named(name);
	if (!g || g->obj->kind != OBJ_FUNC)
		return true;
	use_obj(g->obj);
	int np = g->names.len;
	Infer in = {g, xcalloc(np, sizeof(Type *)), xcalloc(np + 1, sizeof(Pos))};
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
	for (int i = 0; i < n->list.len; i++) {
		Node *a = n->list.data[i];
		if (n->list.len == 1)
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
	for (int pass = 0; pass < 2 && explicit.len < np; pass++) {
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
				// an untyped constant gives a bare T its default type;
				// assigning it to the instance's parameter checks the rest
				int k = tparam_index(g, unparen(p));
				if (k >= 0 && !in.bound[k] && at != ty_untyped_nil)
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
	infer_from_cores(&in);
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

// ---- bodies ----

static void check_job(BodyJob *j) {
	Node *fd = j->fn->funcdecl;
	ck.decl = j->decl;
	ck.scope = j->scope;
	ck.path = j->g->path; // its literal types' unexported names are g's
	Obj *recv = fd->recv ? new_receiver(fd->recv) : NULL;
	body_depth = j->depth;
	cur_job = j;
	diag_set_filter(j->filter);
	check_func_body(j->fn->func, fd->lhs, fd->body, recv);
	diag_set_filter(NULL);
	mark_tparam_vars(fd->lhs);
	mark_tparam_vars(fd->body);
	ck.decl = NULL;
}

void check_instance_bodies(void) {
	const char *saved_path = ck.path;
	checking_instance = true;
	for (int i = 0;; i++) {
		if (i == jobs.len) {
			// the instances gc makes for dictionaries only, compiled last
			for (int k = 0; k < pending.len; k++) {
				Pending *p = pending.data[k];
				instance_func(p->g, &p->targs, NULL);
			}
			pending.len = 0;
			if (i == jobs.len)
				break;
		}
		check_job(jobs.data[i]);
	}
	checking_instance = false;
	ck.path = saved_path;
	cur_job = NULL;
	body_depth = 0;
	jobs.len = 0;
}

bool in_instance(void) {
	return checking_instance;
}

// ---- generic bodies ----

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
static bool type_independent(Pos pos, const char *msg) {
	return !strncmp(msg, "undefined: ", 11) || strstr(msg, " declared but not used") ||
	       !strcmp(msg, "missing return") || (!strncmp(msg, "label ", 6) && strstr(msg, " defined and not used"));
}

static bool report_none(Pos pos, const char *msg) {
	return false;
}

// A stand-in check runs once per term of a type set: each error once.
static bool novel(Pos pos, const char *msg) {
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
		if (!model(c->list.data[0], s, own, m))
			return false;
		for (int i = 1; i < c->list.len; i++) {
			Node *e = unparen(c->list.data[i]);
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
		for (int i = 0; i < c->list.len; i++) {
			Node *e = c->list.data[i];
			if (e->names.len)
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
static bool strict(Generic *g) {
	for (int i = 0; i < g->constraints.len; i++) {
		Model m = {0};
		if (!model(g->constraints.data[i], g->file_scope, true, &m) || (m.term && m.methods))
			return false;
	}
	return true;
}

static bool embeds_comparable(Node *c, Scope *s);

// Stand-ins for g's type parameters: named types spelled like them, with
// their constraint's methods when it is an interface.
static Vec stand_ins(Generic *g, int vparam, int vterm) {
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
		ptrmap_put(&stand_in_of, t, (void *)strbuf_text(&spelled));
		if (embeds_comparable(g->constraints.data[i], g->file_scope))
			ptrmap_put(&comparable_stand_ins, t, t);
		vec_push(&targs, t);
	}
	Scope *s = bind_scope(g->file_scope, &g->names, &targs);
	for (int i = 0; i < targs.len; i++) {
		Type *t = targs.data[i];
		Node *c = unparen(g->constraints.data[i]);
		Model m = {0};
		if (model(c, g->file_scope, true, &m) && m.term && !m.methods) {
			Node *term = i == vparam && vterm < m.terms.len ? m.terms.data[vterm] : m.term;
			Type *u = type_under(type_of_expr(term, m.term_scope ? m.term_scope : s));
			t->underlying = u && !type_is_interface(u) ? u : new_type(TY_INTERFACE);
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
	return t ? ptrmap_get(&stand_in_of, t) : NULL;
}

bool opaque_stand_in(Type *t) {
	return stand_in_constraint(t) && t->underlying && t->underlying->kind == TY_INTERFACE;
}

bool stand_in_comparable(Type *t) {
	return ptrmap_get(&comparable_stand_ins, t) != NULL;
}

// Whether constraint c (in scope s) is or embeds comparable.
static bool embeds_comparable(Node *c, Scope *s) {
	c = unparen(c);
	if (c->kind == ND_INTERFACETYPE) {
		for (int i = 0; i < c->list.len; i++) {
			Node *e = c->list.data[i];
			if (!e->names.len && embeds_comparable(e->lhs, s))
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
	return o && o->kind == OBJ_TYPE && o->decl && o->decl->kind == ND_TYPESPEC && !o->decl->tparams.len &&
	       o->decl->lhs && embeds_comparable(o->decl->lhs, decl_scope(o, s));
}

void check_generics(void) {
	int nfuncs = ck.prog->funcs.len, ntypes = ck.prog->types.len;
	int *before = xcalloc(declared.len + 1, sizeof(int));
	for (int i = 0; i < declared.len; i++)
		before[i] = ((Generic *)declared.data[i])->instances.len;
	for (int i = 0; i < declared.len; i++) {
		Generic *g = declared.data[i];
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
				stand_in_check = g;
				if (g->obj->kind == OBJ_FUNC)
					instance_func(g, &targs, NULL);
				else
					instance_type(g, &targs);
				stand_in_check = NULL;
			}
			if (!strict(g))
				break;
		}
	}
	check_instance_bodies();
	// instances made with stand-ins are forgotten (an importer instantiates anew)
	for (int i = 0; i < declared.len; i++)
		((Generic *)declared.data[i])->instances.len = before[i];
	ck.prog->funcs.len = nfuncs;
	ck.prog->types.len = ntypes;
}

// ---- dictionaries ----

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
} Layout;

static bool is_stand_in(Type *t) {
	return t && ptrmap_get(&stand_in_of, t);
}

// Whether t is or is made of a stand-in (gc's HasShape).
static bool shaped(Type *t, int depth) {
	if (!t || depth > 8)
		return false;
	if (ptrmap_get(&stand_in_of, t))
		return true;
	if (t->kind == TY_NAMED) {
		for (int i = 0; t->obj && i < t->obj->targs.len; i++)
			if (shaped(t->obj->targs.data[i], depth + 1))
				return true;
		return false;
	}
	if (shaped(t->elem, depth + 1) || shaped(t->key, depth + 1))
		return true;
	Vec *vs[] = {&t->params, &t->results};
	for (int v = 0; v < 2; v++)
		for (int i = 0; i < vs[v]->len; i++)
			if (shaped(vs[v]->data[i], depth + 1))
				return true;
	for (int i = 0; i < t->fields.len; i++)
		if (shaped(((Field *)t->fields.data[i])->type, depth + 1))
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

static void lay_out_all(Layout *l, Vec *v) {
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
	Instance *in = ptrmap_get(&func_instance_of, f->obj);
	if (in && any_shaped(&in->targs)) {
		Site *site = xcalloc(1, sizeof(Site));
		site->params = l->params;
		site->targs = in->targs;
		if (f->origin)
			ptrmap_put(&sites, f->origin, site);
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
		lay_out_all(l, &call->list);
		return;
	}
	Node *last = call->list.len ? call->list.data[call->list.len - 1] : NULL;
	bool packed = sig->variadic && !call->has_dots && last &&
	              ((last->kind == ND_COMPOSITE && !last->lhs) || last->kind == ND_NIL);
	int skip = call->list.len - sig->params.len; // a method's receiver
	for (int i = 0; i < call->list.len; i++) {
		Node *a = call->list.data[i];
		if (a == last && packed) {
			lay_out_all(l, &last->list);
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
		lay_out(l, n->body);
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
		} else if (f && f->kind == ND_SELECTOR && !f->obj && f->lhs && is_stand_in(f->lhs->type)) {
			l->subdicts++; // a method of the type parameter's constraint
			add_bound(l, f->lhs->type, f->name);
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
		for (int i = 0; i < n->list.len; i++) {
			Node *c = n->list.data[i];
			for (int k = 0; k < c->list.len; k++) {
				Node *t = c->list.data[k];
				if (!t->is_type)
					continue;
				add_derived(l, t->type);
				if (n->lhs && !empty_iface(n->lhs->type) && shaped(t->type, 0))
					l->itabs++;
			}
		}
		break;
	case ND_BUILTIN:
		lay_out_all(l, &n->list);
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
	Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->then, n->els, n->body, n->lo, n->hi, n->max};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		lay_out(l, kids[k]);
	lay_out_all(l, &n->list);
	lay_out_all(l, &n->rlist);
	lay_out_all(l, &n->names);
}

// Whether type expression n names one of g's type parameters.
static bool mentions_tparam(Generic *g, Node *n) {
	if (!n)
		return false;
	if (tparam_index(g, n) >= 0)
		return true;
	Node *kids[] = {n->lhs, n->rhs, n->len};
	for (int k = 0; k < 3; k++)
		if (mentions_tparam(g, kids[k]))
			return true;
	Vec *vs[] = {&n->list, &n->params, &n->results};
	for (int v = 0; v < 3; v++)
		for (int k = 0; k < vs[v]->len; k++)
			if (mentions_tparam(g, vs[v]->data[k]))
				return true;
	return false;
}

// Checks a body of the generic being laid out and gives the calls in it
// that pass a sub-dictionary the dictionary's length.
static void lay_out_job(BodyJob *j) {
	j->filter = report_none;
	check_job(j);
	diag_set_filter(report_none);
	Func *f = j->fn->func;
	Layout l = {.params = layout_targs};
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
	lay_out(&l, j->fn->funcdecl->body);
	// a constraint made of type parameters is one more (it asserts to it)
	Vec bounds = {0};
	Scope *s = bind_scope(j->g->file_scope, &j->g->names, layout_targs);
	for (int i = 0; i < j->g->constraints.len; i++) {
		Node *c = j->g->constraints.data[i];
		if (!mentions_tparam(j->g, c))
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
		if (site->origin)
			site->origin->dict_len = len;
	}
}

void layout_generics(void) {
	Vec queued = jobs;
	jobs = (Vec){0};
	int nfuncs = ck.prog->funcs.len, ntypes = ck.prog->types.len, ndeclared = declared.len;
	const char *saved_path = ck.path;
	laying_out = checking_instance = true;
	diag_set_filter(report_none);
	for (int i = 0; i < ndeclared; i++) {
		Generic *g = declared.data[i];
		Vec *targs = xcalloc(1, sizeof(Vec));
		*targs = stand_ins(g, -1, 0);
		int first = jobs.len;
		layout_targs = targs;
		stand_in_check = g;
		if (g->obj->kind == OBJ_FUNC)
			instance_func(g, targs, NULL);
		else
			instance_type(g, targs);
		stand_in_check = NULL;
		for (int k = first; k < jobs.len; k++)
			if (((BodyJob *)jobs.data[k])->layout)
				lay_out_job(jobs.data[k]);
		layout_targs = NULL;
	}
	diag_set_filter(NULL);
	laying_out = checking_instance = false;
	ck.path = saved_path;
	cur_job = NULL;
	body_depth = 0;
	jobs = queued;
	// what the layout made is forgotten
	for (int i = 0; i < laid_out.len; i++) {
		Instance *in = laid_out.data[i];
		Vec *v = &in->g->instances;
		int k = 0;
		for (int r = 0; r < v->len; r++)
			if (v->data[r] != in)
				v->data[k++] = v->data[r];
		v->len = k;
	}
	laid_out.len = 0;
	ck.prog->funcs.len = nfuncs;
	ck.prog->types.len = ntypes;
	declared.len = ndeclared;
}
