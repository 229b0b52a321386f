// check_decl.c - the package level: imports, collecting every
// declaration of every file, resolving them on demand (so order in the
// source does not matter), methods, function bodies, Go's initialisation
// order of package variables, and check_package itself.
#include <stdlib.h>
#include <string.h>
#include "check.h"

static Vec all_decls;     // DeclInfo*, in source order
static Vec method_decls;  // DeclInfo* of methods

static DeclInfo *new_decl(Obj *o, Node *spec, int index, Scope *fs) {
	DeclInfo *d = xcalloc(1, sizeof(DeclInfo));
	d->obj = o;
	d->spec = spec;
	d->index = index;
	d->file_scope = fs;
	ptrmap_put(&ck.decls, o, d);
	vec_push(&all_decls, d);
	return d;
}

void record_dep(Obj *o) {
	if (!ck.decl || (o->kind != OBJ_VAR && o->kind != OBJ_FUNC))
		return;
	// Only a repeat of the last reference is dropped here: a full search
	// would make a function referring to n names cost n^2; init_order
	// removes the remaining duplicates.
	Vec *deps = &ck.decl->deps;
	if (deps->len && deps->data[deps->len - 1] == o)
		return;
	vec_push(deps, o);
}

// ---- constants ----

static bool is_const_type(Type *t) {
	Type *u = type_under(t);
	return u->kind >= TY_BOOL && u->kind <= TY_STRING;
}

void check_const_spec(Node *spec, Obj **objs, int n) {
	int saved_iota = ck.iota;
	ck.iota = node_ext(spec)->iota;
	Type *declared = spec->lhs ? check_typexpr(spec->lhs) : NULL;
	if (declared && declared != ty_invalid && !is_const_type(declared)) {
		error_at(expr_pos(spec->lhs), "invalid constant type %s", tstr(declared));
		declared = ty_invalid;
	}
	if (spec->rlist.len == 0 && n > 0)
		error_at(spec->pos, "missing init expr for const declaration");
	else if (spec->rlist.len < n)
		error_at(((Node *)node_ext(spec)->names.data[spec->rlist.len])->pos, "missing init expr for const declaration");
	else if (spec->rlist.len > n)
		error_at(expr_pos(spec->rlist.data[n]), "extra init expr");
	for (int i = 0; i < n; i++) {
		Obj *o = objs[i];
		Node *id = node_ext(spec)->names.data[i];
		o->type = ty_invalid;
		id->obj = o;
		if (i >= spec->rlist.len)
			continue;
		Node *r = spec->rlist.data[i];
		check_expr(r);
		if (is_invalid(r))
			continue;
		if (!r->is_const) {
			error_at(expr_pos(r), "%s is not constant", operand_string(r));
			continue;
		}
		if (declared) {
			if (declared == ty_invalid || !assign_value(r, declared, "constant declaration"))
				continue;
			o->type = declared;
		} else
			o->type = r->type;
		o->val = node_cval(r);
		id->type = o->type;
	}
	ck.iota = saved_iota;
}

// ---- resolution of package-level objects ----

// Named types being resolved, innermost last; and types whose underlying
// type waits for a named type still being resolved (type A *B; type B A).
static Vec resolving, waiting;

static bool names_a_type(Node *e) {
	e = unparen(e);
	return e && (e->kind == ND_IDENT || e->kind == ND_SELECTOR);
}

static void resolve_type(DeclInfo *d) {
	Node *spec = d->spec;
	Obj *o = d->obj;
	if (node_ext(spec)->is_alias) {
		o->type = check_typexpr(spec->lhs);
		return;
	}
	Type *named = o->type;
	vec_push(&resolving, named);
	// `type C comparable` names a constraint: only its uses are checked
	bool saved = ck.in_constraint;
	ck.in_constraint = names_a_type(spec->lhs);
	Type *rhs = check_typexpr(spec->lhs);
	ck.in_constraint = saved;
	resolving.len--;
	if (rhs->kind == TY_NAMED && !rhs->underlying) {
		// rhs is being resolved: a cycle if every type from it to here is
		// just another type's name, else rhs's underlying type comes later
		int k = resolving.len;
		while (k > 0 && resolving.data[k - 1] != rhs)
			k--;
		bool direct = true;
		for (int i = k - 1; i < resolving.len && k > 0; i++)
			direct &= names_a_type(((Type *)resolving.data[i])->obj->decl->lhs);
		if (k > 0 && !direct) {
			named->underlying = rhs; // placeholder, replaced when rhs is done
			vec_push(&waiting, named);
			return;
		}
		vec_push(&resolving, named);
		recursive_type_error((Type **)resolving.data + (k ? k - 1 : resolving.len - 1),
		                     resolving.len - (k ? k - 1 : resolving.len - 1));
		resolving.len--;
		return;
	}
	if (rhs->kind == TY_NAMED && rhs->underlying->kind == TY_NAMED) {
		// rhs waits too (type T3 struct{ *T4 }; type T4 T5; type T5 T3):
		// wait for the same type
		named->underlying = rhs->underlying;
		vec_push(&waiting, named);
		return;
	}
	named->underlying = type_under(rhs);
	for (int i = 0; i < waiting.len; i++) {
		Type *w = waiting.data[i];
		if (w->underlying == named) {
			w->underlying = named->underlying;
			waiting.data[i--] = waiting.data[--waiting.len];
		}
	}
}

static void resolve_var(DeclInfo *d) {
	Node *spec = d->spec;
	int n = node_ext(spec)->names.len;
	if (spec->rlist.len == n || spec->rlist.len == 0) {
		// one value per variable: each is its own initialisation unit
		Obj *o = d->obj;
		Node *id = node_ext(spec)->names.data[d->index];
		Type *declared = spec->lhs ? check_typexpr(spec->lhs) : NULL;
		Type *t = declared;
		if (spec->rlist.len) {
			Node *r = spec->rlist.data[d->index];
			check_expr(r);
			if (declared)
				assign_value(r, declared, "variable declaration");
			else if (!is_invalid(r)) {
				convert_untyped(r, NULL, "variable declaration");
				t = r->type;
			}
		}
		o->type = t ? t : ty_invalid;
		id->type = o->type;
		id->obj = o;
		return;
	}
	// var a, b = f(): the whole spec at once
	Obj **objs = xcalloc(n, sizeof(Obj *));
	for (int i = 0; i < n; i++)
		objs[i] = ((Node *)node_ext(spec)->names.data[i])->obj;
	check_var_init(objs, n, spec, "variable declaration");
	for (int i = 0; i < n; i++) {
		DeclInfo *o = ptrmap_get(&ck.decls, objs[i]);
		if (o && o != d) {
			o->state = 2;
			o->deps = d->deps;
		}
	}
}

void resolve_obj(Obj *o) {
	DeclInfo *d = ptrmap_get(&ck.decls, o);
	if (!d || d->state == 2)
		return;
	if (d->state == 1) {
		if (o->kind == OBJ_CONST || (o->kind == OBJ_VAR && !o->type)) {
			error_at(o->pos, "initialization cycle or invalid recursive reference to %s", o->name);
			o->type = ty_invalid;
		}
		return;
	}
	d->state = 1;
	Scope *saved_scope = ck.scope;
	Func *saved_func = ck.func;
	DeclInfo *saved_decl = ck.decl;
	ck.scope = d->file_scope;
	ck.func = NULL;
	ck.decl = o->kind == OBJ_VAR ? d : NULL;
	switch (o->kind) {
	case OBJ_TYPE:
		resolve_type(d);
		break;
	case OBJ_CONST: {
		// all names of the spec are typed together
		Node *spec = d->spec;
		int n = node_ext(spec)->names.len;
		Obj **objs = xcalloc(n ? n : 1, sizeof(Obj *));
		for (int i = 0; i < n; i++) {
			objs[i] = ((Node *)node_ext(spec)->names.data[i])->obj;
			DeclInfo *od = ptrmap_get(&ck.decls, objs[i]);
			if (od)
				od->state = 1;
		}
		check_const_spec(spec, objs, n);
		for (int i = 0; i < n; i++) {
			DeclInfo *od = ptrmap_get(&ck.decls, objs[i]);
			if (od)
				od->state = 2;
		}
		break;
	}
	case OBJ_VAR:
		resolve_var(d);
		break;
	case OBJ_FUNC:
		if (!o->type)
			o->type = signature_of(d->spec->lhs);
		if (o->func)
			o->func->type = o->type;
		break;
	default:
		break;
	}
	ck.scope = saved_scope;
	ck.func = saved_func;
	ck.decl = saved_decl;
	d->state = 2;
}

// A type that contains itself by value has no size: Go's "invalid
// recursive type". Walks what a value of t holds inline, collecting the
// named types on the way to target in path.
static bool contains(Type *t, Type *target, int depth, Vec *path) {
	if (!t || depth > 64)
		return false;
	if (t == target && depth > 0)
		return true;
	Type *u = t;
	if (t->kind == TY_NAMED) {
		u = t->underlying;
		vec_push(path, t);
	}
	bool found = false;
	if (u && u->kind == TY_ARRAY)
		found = contains(u->elem, target, depth + 1, path);
	else if (u && u->kind == TY_STRUCT)
		for (int i = 0; i < u->fields.len && !found; i++)
			found = contains(((Field *)u->fields.data[i])->type, target, depth + 1, path);
	if (!found && t->kind == TY_NAMED)
		path->len--;
	return found;
}

static bool before(Pos a, Pos b) {
	return a.file != b.file ? a.file < b.file : a.line != b.line ? a.line < b.line : a.col < b.col;
}

void recursive_type_error(Type **cycle, int n) {
	int first = 0;
	for (int i = 1; i < n; i++)
		if (before(cycle[i]->obj->pos, cycle[first]->obj->pos))
			first = i;
	Obj *o = cycle[first]->obj;
	const char *msg = xasprintf("invalid recursive type %s", o->name);
	for (int k = 0; k < n; k++) {
		Obj *m = cycle[(first + k) % n]->obj;
		msg = xasprintf("%s\n\t%s: %s refers to", msg, pos_label(m->pos), m->name);
	}
	error_at(o->pos, "%s\n\t%s: %s", msg, pos_label(o->pos), o->name);
	for (int i = 0; i < n; i++)
		cycle[i]->underlying = ty_invalid;
}

void check_recursive_type(Type *t) {
	Vec path = {0};
	if (t->underlying != ty_invalid && contains(t, t, 0, &path))
		recursive_type_error((Type **)path.data, path.len);
}

static void check_recursive_types(void) {
	// types still waiting for a broken rhs take what it became
	for (int i = 0; i < waiting.len; i++) {
		Type *w = waiting.data[i];
		w->underlying = w->underlying->underlying ? type_under(w->underlying) : ty_invalid;
	}
	waiting.len = 0;
	for (int i = 0; i < ck.prog->types.len; i++)
		check_recursive_type(ck.prog->types.data[i]);
}

// Like gc, a variable may not be larger than the address space.
static void check_sizes(Vec *vars) {
	for (int i = 0; i < vars->len; i++) {
		Obj *o = vars->data[i];
		if (o->type && type_size(o->type) >= TYPE_MAX_SIZE)
			error_at(o->pos, "type %s larger than address space", tstr(o->type));
	}
}

static void check_variable_sizes(Program *prog) {
	check_sizes(&prog->globals);
	for (int i = 0; i < prog->funcs.len; i++)
		check_sizes(&((Func *)prog->funcs.data[i])->locals);
}

// ---- collecting ----

const char *import_path(Node *imp) {
	const char *p = imp->lit ? imp->lit : "";
	size_t n = imp->litlen ? imp->litlen : strlen(p);
	if (n >= 2 && (p[0] == '"' || p[0] == '`'))
		return xstrndup(p + 1, n - 2);
	return xstrndup(p, n);
}

static bool builtin_package(const char *path) {
	return !strcmp(path, "fmt") || !strcmp(path, "unsafe") || stub_known(path);
}

static Program *checked_package(const char *path) {
	for (int i = 0; ck.checked && i < ck.checked->len; i++) {
		Program *p = ck.checked->data[i];
		if (!strcmp(p->path, path))
			return p;
	}
	return NULL;
}

bool is_exported(const char *name) {
	return name[0] >= 'A' && name[0] <= 'Z';
}

// import . "path": the exported members join the file scope; the first
// use of one of them uses the import.
static void dot_import(Scope *fs, Obj *imp, Program *pkg) {
	Scope *ps = pkg->scope;
	for (int i = 0; i < ps->objs.len; i++) {
		Obj *m = ps->objs.data[i];
		if (!is_exported(m->name))
			continue;
		Obj *old = scope_insert(fs, m);
		if (old)
			error_at(imp->pos, "%s redeclared in this block\n\t%s: other declaration of %s", m->name,
			         pos_label(old->pos), m->name);
		else
			ptrmap_put(&fs->dot_imports, m, imp);
	}
}

static void add_import(Program *pkg) {
	for (int i = 0; i < ck.prog->imports.len; i++)
		if (ck.prog->imports.data[i] == pkg)
			return;
	vec_push(&ck.prog->imports, pkg);
}

// Declares f's imports in its file scope. Packages compiled from source
// must have been checked already (the loader orders them); fmt and
// unsafe are the compiler's own.
static void collect_imports(File *f, Scope *fs, Vec *imports) {
	for (int i = 0; i < f->imports.len; i++) {
		Node *imp = f->imports.data[i];
		const char *path = import_path(imp);
		Program *pkg = checked_package(path);
		if (!pkg && !builtin_package(path)) {
			error_at(imp->pos, "could not import %s (package not supported by goscape)", path);
			continue;
		}
		if (pkg)
			add_import(pkg);
		const char *slash = strrchr(path, '/');
		const char *pkgname = pkg ? pkg->pkgname : slash ? slash + 1 : path;
		const char *name = imp->name ? imp->name : pkgname;
		if (!strcmp(name, "_"))
			continue;
		Obj *o = new_obj(OBJ_PKG, name, imp->name ? node_pos2(imp) : imp->pos);
		o->path = path;
		o->decl = imp;
		o->pkg = pkg;
		vec_push(imports, o);
		if (!strcmp(name, ".")) {
			if (pkg)
				dot_import(fs, o, pkg);
			else
				error_at(o->pos, "goscape does not support import . \"%s\"", path);
			continue;
		}
		Obj *old = scope_insert(fs, o);
		if (old)
			error_at(o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", name,
			         pos_label(old->pos), name);
	}
}

// Go's wording for an import nothing refers to.
static void unused_import(Obj *p) {
	const char *slash = strrchr(p->path, '/');
	const char *elem = slash ? slash + 1 : p->path;
	if (!strcmp(p->name, ".") || !strcmp(p->name, elem))
		error_at(p->pos, "imported and not used: \"%s\"", p->path);
	else
		error_at(p->pos, "imported and not used: \"%s\" as %s", p->path, p->name);
}

static Node *receiver_base(Node *recv_type, bool *ptr) {
	Node *t = unparen(recv_type);
	*ptr = false;
	if (t && t->kind == ND_STAR) {
		*ptr = true;
		t = unparen(t->lhs);
	}
	return t;
}

static void collect_func(Node *fd, Scope *fs) {
	if (!fd->name)
		return;
	if (node_rare(fd)->tparams.len) {
		if (node_rare(fd)->recv)
			error_at(node_pos2(fd), "methods cannot have type parameters");
		else
			declare_generic_func(fd, fs);
		return;
	}
	if (node_rare(fd)->recv && declare_generic_method(fd, fs))
		return;
	if (node_rare(fd)->recv) {
		bool ptr;
		Node *base = receiver_base(node_rare(fd)->recv->lhs, &ptr);
		const char *tname = base && base->kind == ND_IDENT ? base->name : "?";
		Obj *o = new_obj(OBJ_FUNC, fd->name, node_pos2(fd));
		o->decl = fd;
		o->funcdecl = fd;
		o->ptr_recv = ptr;
		const char *name = ptr ? xasprintf("%s.(*%s).%s", ck.path, tname, fd->name)
		                       : xasprintf("%s.%s.%s", ck.path, tname, fd->name);
		o->func = new_func(fd, name);
		node_ext_mut(fd)->func = o->func;
		DeclInfo *d = new_decl(o, fd, 0, fs);
		vec_push(&method_decls, d);
		return;
	}
	Obj *o = new_obj(OBJ_FUNC, fd->name, node_pos2(fd));
	o->decl = fd;
	o->funcdecl = fd;
	bool is_init = !strcmp(fd->name, "init");
	// Go names the init functions main.init.0, main.init.1, ...
	o->func = new_func(fd, is_init ? xasprintf("%s.init.%d", ck.path, ck.prog->init_funcs.len)
	                               : xasprintf("%s.%s", ck.path, fd->name));
	node_ext_mut(fd)->func = o->func;
	new_decl(o, fd, 0, fs);
	if (is_init) {
		// init cannot be referred to; it runs after the variables
		vec_push(&ck.prog->init_funcs, o->func);
		if (fd->lhs && (node_rare(fd->lhs)->params.len || node_rare(fd->lhs)->results.len))
			error_at(node_pos2(fd), "func init must have no arguments and no return values");
		return;
	}
	if (!strcmp(fd->name, "main") && !strcmp(ck.pkg, "main") && fd->lhs &&
	    (node_rare(fd->lhs)->params.len || node_rare(fd->lhs)->results.len))
		error_at(node_pos2(fd), "func main must have no arguments and no return values");
	declare_obj(ck.pkg_scope, o);
}

static void collect_spec(Node *spec, Scope *fs) {
	switch (spec->kind) {
	case ND_VARSPEC:
		for (int i = 0; i < node_ext(spec)->names.len; i++) {
			Node *id = node_ext(spec)->names.data[i];
			Obj *o = new_obj(OBJ_VAR, id->name, id->pos);
			o->is_global = true;
			o->used = true;
			o->decl = id;
			// blank variables still initialise: each gets a symbol of its own
			o->sym = strcmp(id->name, "_") ? xasprintf("%s.%s", ck.path, id->name)
			                               : xasprintf("%s..blank%d", ck.path, ck.prog->globals.len);
			id->obj = o;
			new_decl(o, spec, i, fs);
			vec_push(&ck.prog->globals, o);
			declare_obj(ck.pkg_scope, o);
		}
		return;
	case ND_CONSTSPEC:
		for (int i = 0; i < node_ext(spec)->names.len; i++) {
			Node *id = node_ext(spec)->names.data[i];
			Obj *o = new_obj(OBJ_CONST, id->name, id->pos);
			o->decl = id;
			id->obj = o;
			new_decl(o, spec, i, fs);
			declare_obj(ck.pkg_scope, o);
		}
		return;
	case ND_TYPESPEC: {
		if (!spec->name)
			return;
		if (node_rare(spec)->tparams.len) {
			declare_generic_type(spec, fs, ck.pkg_scope);
			return;
		}
		Obj *o = new_obj(OBJ_TYPE, spec->name, spec->pos);
		o->decl = spec;
		if (!node_ext(spec)->is_alias)
			vec_push(&ck.prog->types, new_named(o));
		new_decl(o, spec, 0, fs);
		declare_obj(ck.pkg_scope, o);
		return;
	}
	default:
		return;
	}
}

// Methods are attached once all types are known, before any expression
// (which may select a method) is checked.
static void attach_methods(void) {
	for (int i = 0; i < method_decls.len; i++) {
		DeclInfo *d = method_decls.data[i];
		Node *fd = d->spec;
		Obj *o = d->obj;
		ck.scope = d->file_scope;
		bool ptr;
		Node *base = receiver_base(node_rare(fd)->recv->lhs, &ptr);
		Type *bt = ty_invalid;
		if (base && base->kind == ND_IDENT) {
			Obj *to = scope_lookup(ck.scope, base->name, NULL);
			if (!to) {
				error_at(base->pos, "undefined: %s", base->name);
			} else if (to->kind != OBJ_TYPE) {
				error_at(base->pos, "%s is not a type", base->name);
			} else {
				resolve_obj(to);
				bt = to->type;
				Type *u = type_under(bt);
				if (bt->kind != TY_NAMED || !bt->pkgpath || strcmp(bt->pkgpath, ck.path)) {
					error_at(base->pos, "cannot define new methods on non-local type %s", tstr(bt));
					bt = ty_invalid;
				} else if (u->kind == TY_PTR || u->kind == TY_INTERFACE) {
					error_at(base->pos, "invalid receiver type %s (pointer or interface type)", tstr(bt));
					bt = ty_invalid;
				}
			}
		} else if (base) {
			error_at(expr_pos(base), "invalid receiver type %s", expr_string(base));
		}
		o->type = signature_of(fd->lhs);
		o->func->type = o->type;
		o->recv_type = bt == ty_invalid ? NULL : bt;
		d->state = 2;
		if (bt != ty_invalid) {
			check_typexpr(node_rare(fd)->recv->lhs);
			attach_method(o, bt, ptr, o->type);
		}
	}
}

Obj *new_receiver(Node *rf) {
	Node *id = node_ext(rf)->names.len ? node_ext(rf)->names.data[0] : NULL;
	Obj *recv = new_obj(OBJ_VAR, id ? id->name : "_", id ? id->pos : rf->pos);
	recv->decl = id;
	recv->type = rf->lhs && rf->lhs->type ? rf->lhs->type : ty_invalid;
	if (id) {
		id->obj = recv;
		id->type = recv->type;
	}
	return recv;
}

DeclInfo *declare_instance(Obj *o, Node *fd, Scope *s) {
	DeclInfo *d = new_decl(o, fd, 0, s);
	d->state = 2;
	return d;
}

static void check_bodies(File **files, int nfiles) {
	PtrMap decl_of = {0}; // ND_FUNCDECL -> its DeclInfo
	for (int k = 0; k < all_decls.len; k++) {
		DeclInfo *d = all_decls.data[k];
		if (d->spec && d->spec->kind == ND_FUNCDECL && !ptrmap_get(&decl_of, d->spec))
			ptrmap_put(&decl_of, d->spec, d);
	}
	for (int fi = 0; fi < nfiles; fi++) {
		File *f = files[fi];
		for (int i = 0; i < f->decls.len; i++) {
			Node *fd = f->decls.data[i];
			if (!fd || fd->kind != ND_FUNCDECL || !node_ext(fd)->func)
				continue;
			Func *fn = node_ext(fd)->func;
			DeclInfo *d = ptrmap_get(&decl_of, fd);
			if (!d)
				continue;
			Obj *o = d->obj;
			ck.decl = d;
			ck.scope = d->file_scope;
			resolve_obj(o);
			fn->type = o->type;
			Obj *recv = node_rare(fd)->recv ? new_receiver(node_rare(fd)->recv) : NULL;
			check_func_body(fn, fd->lhs, node_ext(fd)->body, recv);
			ck.decl = NULL;
		}
	}
}

// ---- initialisation order (Go spec, "Package initialization") ----

typedef struct Unit {
	Node *init;          // ND_VARSPEC, a synthesized ND_ASSIGN, or NULL (no initialiser)
	Vec objs;            // variables it initialises
	Vec deps;            // variables it depends on (through functions)
	int order;           // declaration order
	int waiting;         // edges to units not yet initialised
	Vec dependents;      // Unit* waiting for this one (one per edge)
	bool done;
} Unit;

// The variables a function refers to directly or through the functions
// it calls, computed once per function with Tarjan's strongly connected
// components (mutually recursive functions share one set), so that n
// variables initialised by calls into a long chain of functions cost
// O(n + functions), not O(n * functions).
typedef struct FuncReach {
	int index, low;
	bool on_stack;
	Vec *vars;           // deduplicated; set once the component is done
} FuncReach;

typedef struct Reach {
	PtrMap of;           // func Obj -> FuncReach
	Vec stack;           // Obj* of the components being explored
	int next_index;
} Reach;

static void add_var(Vec *out, PtrMap *seen, Obj *v) {
	if (!ptrmap_get(seen, v)) {
		ptrmap_put(seen, v, v);
		vec_push(out, v);
	}
}

static FuncReach *reach_func(Reach *r, Obj *f);

// Adds to out (deduplicated through seen) the variables among deps and
// those of the functions they call. A called function still being
// explored belongs to the caller's component: it lowers *low instead.
static void collect_vars(Reach *r, Vec *deps, Vec *out, PtrMap *seen, int *low) {
	for (int i = 0; i < deps->len; i++) {
		Obj *o = deps->data[i];
		if (o->kind == OBJ_VAR) {
			add_var(out, seen, o);
			continue;
		}
		if (!ptrmap_get(&ck.decls, o))
			continue; // a builtin or a function without a declaration here
		FuncReach *g = ptrmap_get(&r->of, o);
		if (!g)
			g = reach_func(r, o);
		if (g->on_stack) {
			// same component: its variables join at the root
			if (g->low < *low)
				*low = g->low;
			continue;
		}
		for (int k = 0; k < g->vars->len; k++)
			add_var(out, seen, g->vars->data[k]);
	}
}

static FuncReach *reach_func(Reach *r, Obj *f) {
	FuncReach *fr = xcalloc(1, sizeof(FuncReach));
	ptrmap_put(&r->of, f, fr);
	fr->index = fr->low = r->next_index++;
	fr->on_stack = true;
	vec_push(&r->stack, f);
	Vec *vars = xcalloc(1, sizeof(Vec));
	PtrMap seen = {0};
	DeclInfo *d = ptrmap_get(&ck.decls, f);
	collect_vars(r, &d->deps, vars, &seen, &fr->low);
	fr->vars = vars;
	if (fr->low != fr->index) {
		free(seen.keys);
		free(seen.vals);
		return fr; // part of a component rooted further up
	}
	// The root: the component's members share the union of their sets.
	int first = r->stack.len - 1;
	while (r->stack.data[first] != f)
		first--;
	for (int i = first + 1; i < r->stack.len; i++) {
		FuncReach *m = ptrmap_get(&r->of, r->stack.data[i]);
		for (int k = 0; k < m->vars->len; k++)
			add_var(vars, &seen, m->vars->data[k]);
	}
	for (int i = first; i < r->stack.len; i++) {
		FuncReach *m = ptrmap_get(&r->of, r->stack.data[i]);
		m->vars = vars;
		m->on_stack = false;
	}
	r->stack.len = first;
	free(seen.keys);
	free(seen.vals);
	return fr;
}

// Min-heap of ready units by declaration order: Go initialises the
// earliest declared variable that is ready, repeatedly.
static void heap_push(Vec *h, Unit *u) {
	vec_push(h, u);
	for (int i = h->len - 1; i > 0;) {
		int p = (i - 1) / 2;
		Unit *a = h->data[p], *b = h->data[i];
		if (a->order <= b->order)
			break;
		h->data[p] = b;
		h->data[i] = a;
		i = p;
	}
}

static Unit *heap_pop(Vec *h) {
	Unit *top = h->data[0];
	h->data[0] = h->data[--h->len];
	for (int i = 0;;) {
		int l = 2 * i + 1, m = i;
		if (l < h->len && ((Unit *)h->data[l])->order < ((Unit *)h->data[m])->order)
			m = l;
		if (l + 1 < h->len && ((Unit *)h->data[l + 1])->order < ((Unit *)h->data[m])->order)
			m = l + 1;
		if (m == i)
			break;
		void *t = h->data[i];
		h->data[i] = h->data[m];
		h->data[m] = t;
		i = m;
	}
	return top;
}

// Marks u initialised, appends its code, and releases its dependents.
static void init_unit(Unit *u, Vec *ready) {
	u->done = true;
	if (u->init)
		vec_push(&ck.prog->init_order, u->init);
	for (int k = 0; k < u->dependents.len; k++) {
		Unit *w = u->dependents.data[k];
		if (--w->waiting == 0 && !w->done)
			heap_push(ready, w);
	}
}

static void flush_ready(Vec *ready) {
	while (ready->len) {
		Unit *u = heap_pop(ready);
		if (!u->done)
			init_unit(u, ready);
	}
}

// gc's order: the declarations are taken in order, each initialised (with
// the earlier ones it made ready) as soon as nothing it depends on is
// pending. A variable without an initialiser is a unit without code: the
// ones depending on it wait until its declaration is reached.
static void init_order(void) {
	Vec units = {0};
	PtrMap unit_of = {0};
	Reach reach = {0};
	for (int i = 0; i < all_decls.len; i++) {
		DeclInfo *d = all_decls.data[i];
		Node *spec = d->spec;
		if (d->obj->kind != OBJ_VAR)
			continue;
		int n = node_ext(spec)->names.len;
		bool whole = n == 1 || spec->rlist.len != n;
		if (whole && d->index > 0)
			continue;
		Unit *u = xcalloc(1, sizeof(Unit));
		u->order = units.len;
		if (whole) {
			u->init = spec->rlist.len ? spec : NULL;
			for (int k = 0; k < n; k++)
				vec_push(&u->objs, ((Node *)node_ext(spec)->names.data[k])->obj);
		} else {
			Node *a = new_node(ND_ASSIGN, ((Node *)node_ext(spec)->names.data[d->index])->pos);
			a->op = OP_ASSIGN;
			vec_push(node_list_mut(a), node_ext(spec)->names.data[d->index]);
			vec_push(&a->rlist, spec->rlist.data[d->index]);
			u->init = a;
			vec_push(&u->objs, d->obj);
		}
		PtrMap seen = {0};
		int no_low = 0; // nothing is being explored between units
		collect_vars(&reach, &d->deps, &u->deps, &seen, &no_low);
		free(seen.keys);
		free(seen.vals);
		for (int k = 0; k < u->objs.len; k++)
			ptrmap_put(&unit_of, u->objs.data[k], u);
		vec_push(&units, u);
	}
	Vec ready = {0};
	for (int i = 0; i < units.len; i++) {
		Unit *u = units.data[i];
		for (int k = 0; k < u->deps.len; k++) {
			Unit *dep = ptrmap_get(&unit_of, u->deps.data[k]);
			if (dep && dep != u && !dep->done) {
				vec_push(&dep->dependents, u);
				u->waiting++;
			}
		}
		if (!u->waiting)
			heap_push(&ready, u);
		flush_ready(&ready);
	}
	// what is left waits on a cycle: report it once per unit taken, and
	// keep the declaration order
	for (int i = 0; i < units.len; i++) {
		Unit *u = units.data[i];
		if (u->done)
			continue;
		Obj *o = u->objs.data[0];
		error_at(o->pos, "initialization cycle or initialization loop involving %s", o->name);
		init_unit(u, &ready);
		flush_ready(&ready);
	}
}

// ---- captures ----

// Go captures by value a variable that is never reassigned, never has its
// address taken, and is at most 128 bytes; anything else by reference.
static void finish_captures(void) {
	for (int i = 0; i < ck.prog->funcs.len; i++) {
		Func *f = ck.prog->funcs.data[i];
		for (int k = 0; k < f->captures.len; k++) {
			Capture *c = f->captures.data[k];
			Obj *v = c->var;
			c->byref = v->reassigned || v->addr_taken || v->is_result || type_size(v->type) > 128;
		}
	}
}

Program *check_package(const char *path, File **files, int nfiles, const Vec *checked) {
	memset(&ck, 0, sizeof ck);
	all_decls = (Vec){0};
	method_decls = (Vec){0};
	generics_begin();
	universe_init();
	Program *prog = xcalloc(1, sizeof(Program));
	ck.prog = prog;
	ck.iota = -1;
	ck.checked = checked;
	prog->pkgname = nfiles > 0 && files[0] && files[0]->pkgname ? files[0]->pkgname : "main";
	prog->path = path ? path : "main";
	ck.pkg = prog->pkgname;
	ck.path = prog->path;
	type_set_local_package(ck.path);
	ck.pkg_scope = scope_new(ck.universe);
	prog->scope = ck.pkg_scope;
	ck.scope = ck.pkg_scope;
	Vec imports = {0};
	Scope **file_scopes = xcalloc(nfiles ? nfiles : 1, sizeof(Scope *));
	int errors_before = diag_count();
	for (int i = 0; i < nfiles; i++) {
		if (!files[i])
			continue;
		vec_push(&prog->files, files[i]);
		file_scopes[i] = scope_new(ck.pkg_scope);
		collect_imports(files[i], file_scopes[i], &imports);
	}
	// Like the go command, which stops when it cannot load an import:
	// the package's uses of it would only repeat the error.
	if (diag_count() > errors_before)
		return prog;
	for (int i = 0; i < nfiles; i++) {
		if (!files[i])
			continue;
		for (int k = 0; k < files[i]->decls.len; k++) {
			Node *d = files[i]->decls.data[k];
			if (!d)
				continue;
			if (d->kind == ND_FUNCDECL)
				collect_func(d, file_scopes[i]);
			else if (d->kind == ND_DECLSTMT)
				for (int j = 0; j < node_list(d)->len; j++)
					if (node_list(d)->data[j])
						collect_spec(node_list(d)->data[j], file_scopes[i]);
		}
	}
	// a package-level name may not also name an import of some file
	for (int i = 0; i < imports.len; i++) {
		Obj *p = imports.data[i];
		Obj *o = strcmp(p->name, ".") ? scope_lookup_local(ck.pkg_scope, p->name) : NULL;
		if (o)
			error_at(o->pos, "%s already declared through import of package %s", o->name, p->path);
	}
	for (int i = 0; i < all_decls.len; i++) {
		DeclInfo *d = all_decls.data[i];
		if (d->obj->kind == OBJ_TYPE)
			resolve_obj(d->obj);
	}
	check_recursive_types();
	attach_methods();
	for (int i = 0; i < all_decls.len; i++)
		resolve_obj(((DeclInfo *)all_decls.data[i])->obj);
	number_local_types(files, nfiles);
	check_bodies(files, nfiles);
	layout_generics();
	check_instance_bodies();
	check_generics();
	init_order();
	finish_captures();
	for (int i = 0; i < imports.len; i++) {
		Obj *p = imports.data[i];
		if (!p->pkg_used)
			unused_import(p);
	}
	if (!strcmp(ck.pkg, "main") && !scope_lookup_local(ck.pkg_scope, "main") && nfiles > 0 && diag_count() == 0)
		error_at((Pos){files[0]->index, 1, 1}, "function main is undeclared in the main package");
	check_variable_sizes(prog);
	type_canonicalize_ids();
	ck.scope = NULL;
	return prog;
}
