// check_generic.c - type parameters, by monomorphisation: the declarations
// of generics, and the state the check_generic_*.c files share (generic.h).
//
// A generic function or type is kept as parsed, and each distinct list of
// type arguments gets a copy of it (node_copy) checked in a scope where
// the type parameter names denote the type arguments
// (check_generic_instance.c). Go's errors about the generic body itself
// come from one more such copy checked with stand-ins for the type
// parameters (check_generic_standin.c). An instance is then an ordinary
// function (named like Go's linker names it: main.Max[int],
// main.(*Stack[int]).Push) or an ordinary named type (Pair[string,int])
// for escape analysis and code generation; gc's -m names it by GC shapes
// (check_generic_shape.c) and prints its dictionary's layout
// (check_generic_dict.c). Type arguments are given or inferred
// (check_generic_infer.c) and must satisfy their constraints
// (check_generic_constraint.c).
#include <stdlib.h>
#include <string.h>
#include "generic.h"

GenericState gen;

void generics_begin(void) {
	gen.jobs = (Vec){0};
	gen.declared = (Vec){0};
	gen.type_depth = 0;
}

static Generic *new_generic(Obj *o, Node *decl, Scope *fs) {
	Generic *g = xcalloc(1, sizeof(Generic));
	g->obj = o;
	g->decl = decl;
	g->file_scope = fs;
	g->pkg = ck.pkg;
	g->path = ck.path;
	for (int i = 0; i < node_rare(decl)->tparams.len; i++) {
		Node *f = node_rare(decl)->tparams.data[i];
		for (int k = 0; k < node_ext(f)->names.len; k++) {
			vec_push(&g->names, node_ext(f)->names.data[k]);
			vec_push(&g->constraints, f->lhs);
		}
	}
	ptrmap_put(&gen.generic_of, o, g);
	vec_push(&gen.declared, g);
	return g;
}

Generic *generic(Obj *o) {
	return o ? ptrmap_get(&gen.generic_of, o) : NULL;
}

bool is_generic(Obj *o) {
	return generic(o) != NULL;
}

// A constraint as written; sep between union terms (" | " in a
// declaration, "|" where Go names the implicit interface of [T A|B]).
void write_constraint(StrBuf *b, Node *c, const char *sep) {
	c = unparen(c);
	if (c->kind == ND_UNION) {
		for (int i = 0; i < node_list(c)->len; i++) {
			if (i)
				strbuf_put(b, sep);
			write_constraint(b, node_list(c)->data[i], sep);
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
	for (int i = 0; i < node_rare(g->decl)->tparams.len; i++) {
		Node *f = node_rare(g->decl)->tparams.data[i];
		if (i)
			strbuf_put(&b, ", ");
		for (int k = 0; k < node_ext(f)->names.len; k++) {
			strbuf_put(&b, ((Node *)node_ext(f)->names.data[k])->name);
			strbuf_put(&b, k + 1 < node_ext(f)->names.len ? ", " : " ");
		}
		write_constraint(&b, f->lhs, " | ");
	}
	strbuf_put(&b, "]");
	return strbuf_text(&b);
}

// Where a type parameter is declared, as Go words it in "cannot infer T
// (POS)": with the file's absolute path.
const char *tparam_pos(Node *tp) {
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
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els,
	                node_ext(n)->body, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max, node_rare(n)->len, node_rare(n)->recv};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		mark_imports(kids[k], fs);
	const Vec *vs[] = {node_list(n), node_rlist(n), &node_rare(n)->params, &node_rare(n)->results, &node_rare(n)->tparams};
	for (size_t v = 0; v < sizeof vs / sizeof vs[0]; v++)
		for (int k = 0; k < vs[v]->len; k++)
			mark_imports(vs[v]->data[k], fs);
}

void declare_generic_func(Node *fd, Scope *fs) {
	Obj *o = new_obj(OBJ_FUNC, fd->name, node_pos2(fd));
	o->decl = fd;
	o->funcdecl = fd;
	new_generic(o, fd, fs);
	mark_imports(fd, fs);
	if (!strcmp(fd->name, "main") || !strcmp(fd->name, "init"))
		error_at(node_pos2(fd), "func %s must have no type parameters", fd->name);
	declare_obj(ck.pkg_scope, o);
}

void declare_generic_type(Node *spec, Scope *fs, Scope *scope) {
	Node *rhs = unparen(spec->lhs);
	for (int i = 0; rhs && rhs->kind == ND_IDENT && i < node_rare(spec)->tparams.len; i++) {
		Node *f = node_rare(spec)->tparams.data[i];
		for (int k = 0; k < node_ext(f)->names.len; k++)
			if (((Node *)node_ext(f)->names.data[k])->name == rhs->name)
				error_at(expr_pos(rhs), "cannot use a type parameter as RHS in type declaration");
	}
	Obj *o = new_obj(OBJ_TYPE, spec->name, spec->pos);
	o->decl = spec;
	o->type = ty_invalid;
	o->owner = ck.func; // a local generic: its instances are local types
	scope_keep(fs);     // its instances are checked in it, after the block
	new_generic(o, spec, fs);
	mark_imports(spec, fs);
	declare_obj(scope, o);
}

// The receiver's base type expression without '*' and parentheses.
Node *recv_base(Node *fd, bool *ptr) {
	Node *t = unparen(node_rare(fd)->recv->lhs);
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
	vec_push(&gen.methods, m);
	mark_imports(fd, fs);
	return true;
}

// The indices of x[a] or x[a, b, ...].
Vec index_args(Node *n) {
	if (node_list(n)->len)
		return *node_list(n);
	Vec v = {0};
	vec_push(&v, n->rhs);
	return v;
}

static void number_in(Node *n, int *count) {
	if (!n)
		return;
	if (n->kind == ND_TYPESPEC && !node_ext(n)->is_alias && n->name)
		ptrmap_put(&gen.local_types, n, (void *)(intptr_t)++*count);
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		number_in(kids[k], count);
	const Vec *vs[] = {node_list(n), node_rlist(n)};
	for (int v = 0; v < 2; v++)
		for (int k = 0; k < vs[v]->len; k++)
			number_in(vs[v]->data[k], count);
}

// Whether f declares a type inside a function: then its bodies are searched.
static bool has_local_types(File *f) {
	int top = 0;
	for (int k = 0; k < f->decls.len; k++) {
		Node *d = f->decls.data[k];
		for (int j = 0; d && d->kind == ND_DECLSTMT && j < node_list(d)->len; j++)
			top += node_list(d)->data[j] && ((Node *)node_list(d)->data[j])->kind == ND_TYPESPEC;
	}
	return f->ntypespecs > top;
}

void number_local_types(File **files, int nfiles) {
	int count = 0;
	for (int i = 0; i < nfiles; i++) {
		if (!files[i] || !has_local_types(files[i]))
			continue;
		for (int k = 0; k < files[i]->decls.len; k++) {
			Node *d = files[i]->decls.data[k];
			if (d && d->kind == ND_FUNCDECL)
				number_in(node_ext(d)->body, &count);
		}
	}
}
