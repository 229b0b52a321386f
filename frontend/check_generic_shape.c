// check_generic_shape.c - how instances are named: the linker's names with
// type arguments, gc's GC shapes (-m names an instance by them), and the
// shapes a call in a shape body instantiates with.
#include <ctype.h>
#include <string.h>
#include "generic.h"

// Type arguments in brackets, each written by put (given its index):
// "[int,main.Celsius]" as the linker spells them, or their GC shapes.
const char *bracketed(Vec *targs, void (*put)(StrBuf *, Type *, int)) {
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

// A local type as the linker spells it in an instance's name: numbered
// after the local type declarations before it in the package (Int·1).
static Type *local_spelling(Type *t, void *ctx) {
	static PtrMap spelled; // local named Type* -> its renamed copy
	if (t->kind != TY_NAMED || !t->obj || !t->obj->owner || !t->obj->decl)
		return t;
	Node *spec = node_rare(t->obj->decl)->origin ? node_rare(t->obj->decl)->origin : t->obj->decl;
	intptr_t index = (intptr_t)ptrmap_get(&gen.local_types, spec);
	if (!index)
		return t;
	Type *c = ptrmap_get(&spelled, t);
	if (!c) {
		c = xmalloc(sizeof *c);
		*c = *t;
		Obj *o = xmalloc(sizeof *o);
		*o = *t->obj;
		o->name = xasprintf("%s\xc2\xb7%ld", t->obj->name, (long)index);
		c->obj = o;
		ptrmap_put(&spelled, t, c);
	}
	return c;
}

void write_targ(StrBuf *b, Type *t, int i) {
	(void)i;
	type_write_mapped(b, t, TS_REFLECT, local_spelling, NULL);
}

// gc's GC shape of type argument i: its underlying type, every pointer
// but one to an array being *uint8 unless the constraint has a core type,
// spelled like the linker spells types (a struct's unexported fields
// qualified by package).
static Type *(*shape_map)(Type *t, void *ctx); // see shape_body_shapes
static void *shape_map_ctx;

static void write_mapped(StrBuf *b, Type *t) {
	type_write_mapped(b, t, TS_REFLECT, shape_map, shape_map_ctx);
}

// Whether gc keeps type parameter i's pointers apart: its constraint
// (of the generic being shaped) has a core type.
static bool keeps_pointers(Generic *g, int i) {
	return g && i < g->constraints.len && core_term(g->constraints.data[i], g->file_scope);
}

// Whether type argument i of g (whose underlying type is u) has the shape *uint8.
static bool pointer_shaped(Generic *g, int i, Type *u) {
	return u->kind == TY_PTR && type_under(u->elem)->kind != TY_ARRAY && !keeps_pointers(g, i);
}

void write_shape(StrBuf *b, Type *t, int i) {
	Type *u = type_under(shape_map ? shape_map(t, shape_map_ctx) : t);
	strbuf_put(b, "go.shape.");
	if (pointer_shaped(gen.shaping, i, u)) {
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
bool shape_seen(Generic *g, Instance *in) {
	for (int i = 0; i < g->instances.len && g->instances.data[i] != in; i++)
		if (!strcmp(((Instance *)g->instances.data[i])->shapes, in->shapes))
			return true;
	return false;
}

// Names an instance of g's function as gc's -m does: func is "Max" or a
// method's "(*Stack[go.shape.int_0]).Push" form, linker is its Go name;
// qualified by g's package when another package instantiates it.
void name_shape(Generic *g, Func *f, const char *shape_name, bool repeat) {
	const char *dot = strchr(f->name, '.');
	const char *qual = strcmp(g->path, ck.path) ? xasprintf("%s.", g->pkg) : "";
	f->shape_name = xasprintf("%s%s", qual, shape_name);
	f->dict_name = xasprintf("%s.dict.%s", qual, dot ? dot + 1 : f->name);
	f->shape_repeat = repeat;
}

// An assembler-safe symbol, unique per instance.
const char *instance_sym(const char *name) {
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
	strbuf_put(&b, xasprintf("..inst%d", ++gen.instance_count));
	return strbuf_text(&b);
}

// ---- shape bodies ----

// What a caller's stand-ins stand for in its instance: their GC shapes'
// underlying types.
typedef struct ShapeSubst {
	Vec *params;         // Type*: the caller's stand-ins
	Vec *targs;          // Type*: its instance's type arguments
	Generic *caller;
} ShapeSubst;

static Type *shape_underlying(Type *t, void *ctx) {
	ShapeSubst *ss = ctx;
	for (int i = 0; i < ss->params->len && i < ss->targs->len; i++) {
		if (ss->params->data[i] != t)
			continue;
		Type *u = type_under(ss->targs->data[i]);
		return pointer_shaped(ss->caller, i, u) ? type_ptr(ty_uint8) : u;
	}
	return t;
}

// The shapes g's instance for the type arguments of site (in the terms of
// the caller's stand-ins) has in the shape body of the instance being
// checked.
static const char *site_shapes(Site *site, Generic *g) {
	ShapeSubst ss = {site->params, &gen.cur_job->targs, gen.cur_job->g};
	shape_map = shape_underlying;
	shape_map_ctx = &ss;
	const char *shapes = shapes_of(g, &site->targs);
	shape_map = NULL;
	return shapes;
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
const char *shape_body_shapes(Node *callee, Generic *g, Vec *targs) {
	if (!gen.cur_job || gen.cur_job->stand_in || gen.laying_out || gen.standing_in || !node_rare(callee)->origin)
		return NULL;
	Site *site = ptrmap_get(&gen.sites, node_rare(callee)->origin);
	if (!site || site->targs.len != targs->len)
		return NULL;
	const char *shapes = site_shapes(site, g);
	if (!strcmp(shapes, shapes_of(g, targs)))
		return NULL;
	Pending *p = xcalloc(1, sizeof(Pending));
	p->g = g;
	p->targs = *targs;
	vec_push(&gen.pending, p);
	return shapes;
}

const char *shapes_of(Generic *g, Vec *targs) {
	Generic *saved = gen.shaping;
	gen.shaping = g;
	const char *s = bracketed(targs, write_shape);
	gen.shaping = saved;
	return s;
}

void shape_method_calls(Node *n) {
	if (!n || gen.standing_in)
		return;
	Site *site = n->kind == ND_CALL && node_rare(n)->origin ? ptrmap_get(&gen.sites, node_rare(n)->origin) : NULL;
	Node *f = site ? unparen(n->lhs) : NULL;
	Instance *in = f && f->kind == ND_FUNCNAME && f->obj && f->obj->recv_type
	                   ? ptrmap_get(&gen.instance_of, f->obj->recv_type)
	                   : NULL;
	if (in && site->targs.len == in->targs.len) {
		const char *shapes = site_shapes(site, in->g);
		if (strcmp(shapes, in->shapes))
			f->obj = shape_method(f->obj, shapes);
	}
	Node *kids[] = {n->lhs, n->rhs, node_ext(n)->init, node_ext(n)->cond, node_ext(n)->post, node_ext(n)->then, node_ext(n)->els, node_ext(n)->body, node_rare(n)->lo, node_rare(n)->hi, node_rare(n)->max};
	for (size_t k = 0; k < sizeof kids / sizeof kids[0]; k++)
		shape_method_calls(kids[k]);
	const Vec *vs[] = {node_list(n), node_rlist(n)};
	for (int v = 0; v < 2; v++)
		for (int k = 0; k < vs[v]->len; k++)
			shape_method_calls(vs[v]->data[k]);
}
