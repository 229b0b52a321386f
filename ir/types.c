// types.c - the Go type representation: constructors, predicates,
// identity, gc/amd64 layout and Go's spelling of types.
#include <stdio.h>
#include <string.h>
#include "types.h"
#include "diag.h"
#include "strbuf.h"

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64;
Type *ty_uint, *ty_uint8, *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr;
Type *ty_float32, *ty_float64, *ty_complex64, *ty_complex128;
Type *ty_string, *ty_unsafeptr, *ty_error, *ty_any;
Type *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_complex;
Type *ty_untyped_string, *ty_untyped_nil, *ty_invalid;
Type *ty_byte, *ty_rune;

// Every type ever made, so that identical types can share an id.
static Vec all_types;
static int next_id = 1;

Type *new_type(TypeKind kind) {
	Type *t = xcalloc(1, sizeof(Type));
	t->kind = kind;
	t->size = -1;
	t->id = next_id++;
	vec_push(&all_types, t);
	return t;
}

static Type *basic(TypeKind kind, int64_t size, int align) {
	Type *t = new_type(kind);
	t->size = size;
	t->align = align;
	return t;
}

// A predeclared named type such as int: TY_NAMED is not used for these;
// the basic kind itself is the type (as go/types' Basic).
void types_init(void) {
	if (ty_int)
		return;
	ty_invalid = basic(TY_INVALID, 0, 1);
	ty_bool = basic(TY_BOOL, 1, 1);
	ty_int = basic(TY_INT, 8, 8);
	ty_int8 = basic(TY_INT8, 1, 1);
	ty_int16 = basic(TY_INT16, 2, 2);
	ty_int32 = basic(TY_INT32, 4, 4);
	ty_int64 = basic(TY_INT64, 8, 8);
	ty_uint = basic(TY_UINT, 8, 8);
	ty_uint8 = basic(TY_UINT8, 1, 1);
	ty_byte = basic(TY_UINT8, 1, 1);
	ty_rune = basic(TY_INT32, 4, 4);
	ty_uint16 = basic(TY_UINT16, 2, 2);
	ty_uint32 = basic(TY_UINT32, 4, 4);
	ty_uint64 = basic(TY_UINT64, 8, 8);
	ty_uintptr = basic(TY_UINTPTR, 8, 8);
	ty_float32 = basic(TY_FLOAT32, 4, 4);
	ty_float64 = basic(TY_FLOAT64, 8, 8);
	ty_complex64 = basic(TY_COMPLEX64, 8, 4);
	ty_complex128 = basic(TY_COMPLEX128, 16, 8);
	ty_string = basic(TY_STRING, 16, 8);
	ty_unsafeptr = basic(TY_UNSAFEPTR, 8, 8);
	ty_untyped_bool = basic(TY_UNTYPED_BOOL, 1, 1);
	ty_untyped_int = basic(TY_UNTYPED_INT, 8, 8);
	ty_untyped_rune = basic(TY_UNTYPED_RUNE, 4, 4);
	ty_untyped_float = basic(TY_UNTYPED_FLOAT, 8, 8);
	ty_untyped_complex = basic(TY_UNTYPED_COMPLEX, 16, 8);
	ty_untyped_string = basic(TY_UNTYPED_STRING, 16, 8);
	ty_untyped_nil = basic(TY_UNTYPED_NIL, 8, 8);

	ty_any = new_type(TY_INTERFACE);
	ty_error = type_named_string_method(NULL, "error", "Error");
}

Type *type_named_string_method(const char *pkg, const char *name, const char *method) {
	Type *sig = new_type(TY_FUNC);
	vec_push(&sig->results, ty_string);
	Method *m = xcalloc(1, sizeof(Method));
	m->name = method;
	m->type = sig;
	Type *iface = new_type(TY_INTERFACE);
	vec_push(&iface->methods, m);
	Type *named = new_type(TY_NAMED);
	named->pkg = pkg;
	named->pkgpath = pkg;
	named->underlying = iface;
	named->obj = new_obj(OBJ_TYPE, name, (Pos){0});
	named->obj->type = named;
	return named;
}

// Derived types are cached by element so that repeated *T or []T
// (from source and from later stages) are one object.
static Type *derived(Vec *keys, Vec *vals, TypeKind kind, Type *elem, int64_t size) {
	for (int i = 0; i < keys->len; i++)
		if (keys->data[i] == elem)
			return vals->data[i];
	Type *t = new_type(kind);
	t->elem = elem;
	t->size = size;
	t->align = 8;
	vec_push(keys, elem);
	vec_push(vals, t);
	return t;
}

Type *type_ptr(Type *elem) {
	static Vec elems, ptrs;
	return derived(&elems, &ptrs, TY_PTR, elem, 8);
}

Type *type_slice(Type *elem) {
	static Vec elems, slices;
	return derived(&elems, &slices, TY_SLICE, elem, 24);
}

Type *type_array(Type *elem, int64_t len) {
	Type *t = new_type(TY_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

Type *type_map(Type *key, Type *elem) {
	Type *t = new_type(TY_MAP);
	t->key = key;
	t->elem = elem;
	t->size = 8;
	t->align = 8;
	return t;
}

Type *type_under(Type *t) {
	// Named types whose declaration is still being resolved have no
	// underlying type yet; callers treat that as invalid.
	while (t && t->kind == TY_NAMED)
		t = t->underlying ? t->underlying : ty_invalid;
	return t;
}

static bool tuple_identical(Vec *a, Vec *b) {
	if (a->len != b->len)
		return false;
	for (int i = 0; i < a->len; i++)
		if (!type_identical(a->data[i], b->data[i]))
			return false;
	return true;
}

// Field and method names: unexported ones also need the same package.
static bool same_name(const char *a, const char *pa, const char *b, const char *pb) {
	return !strcmp(a, b) && (pa == pb || (pa && pb && !strcmp(pa, pb)));
}

static bool same_tag(const char *a, const char *b) {
	return !strcmp(a ? a : "", b ? b : "");
}

bool type_identical(Type *a, Type *b) {
	if (a == b)
		return true;
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case TY_PTR:
	case TY_SLICE:
		return type_identical(a->elem, b->elem);
	case TY_ARRAY:
		return a->len == b->len && type_identical(a->elem, b->elem);
	case TY_MAP:
		return type_identical(a->key, b->key) && type_identical(a->elem, b->elem);
	case TY_CHAN:
		return a->chan_dir == b->chan_dir && type_identical(a->elem, b->elem);
	case TY_FUNC:
		return a->variadic == b->variadic && tuple_identical(&a->params, &b->params) &&
		       tuple_identical(&a->results, &b->results);
	case TY_TUPLE:
		return tuple_identical(&a->results, &b->results);
	case TY_STRUCT:
		if (a->fields.len != b->fields.len)
			return false;
		for (int i = 0; i < a->fields.len; i++) {
			Field *fa = a->fields.data[i], *fb = b->fields.data[i];
			if (!same_name(fa->name, fa->pkgpath, fb->name, fb->pkgpath) || fa->embedded != fb->embedded ||
			    !same_tag(fa->tag, fb->tag) || !type_identical(fa->type, fb->type))
				return false;
		}
		return true;
	case TY_INTERFACE:
		if (a->methods.len != b->methods.len)
			return false;
		for (int i = 0; i < a->methods.len; i++) {
			Method *ma = a->methods.data[i], *mb = b->methods.data[i];
			if (!same_name(ma->name, ma->pkgpath, mb->name, mb->pkgpath) || !type_identical(ma->type, mb->type))
				return false;
		}
		return true;
	case TY_NAMED:
		return false; // distinct named types are never identical
	default:
		return true; // basic kinds are singletons but compare equal by kind
	}
}

static int64_t align_to(int64_t n, int a) {
	return (n + a - 1) / a * a;
}

// gc's layout: fields in order, each at its alignment; the struct is
// padded to its alignment, and a final zero-size field after a non-empty
// prefix gets one byte so that &s.last never points past the object.
static void layout_struct(Type *t) {
	int64_t off = 0;
	int align = 1;
	for (int i = 0; i < t->fields.len; i++) {
		Field *f = t->fields.data[i];
		int a = type_align(f->type);
		off = align_to(off, a);
		f->offset = off;
		off += type_size(f->type);
		if (off > TYPE_MAX_SIZE)
			off = TYPE_MAX_SIZE;
		if (a > align)
			align = a;
	}
	if (t->fields.len > 0 && off > 0 && type_size(((Field *)t->fields.data[t->fields.len - 1])->type) == 0)
		off++;
	t->align = align;
	t->size = align_to(off, align);
}

void type_layout(Type *t) {
	if (!t || t->size >= 0)
		return;
	switch (t->kind) {
	case TY_NAMED: {
		Type *u = type_under(t);
		t->size = -2; // in progress: a by-value cycle is reported by the checker
		type_layout(u);
		t->size = u->size < 0 ? 0 : u->size;
		t->align = u->align ? u->align : 1;
		return;
	}
	case TY_ARRAY:
		t->size = -2;
		type_layout(t->elem);
		t->align = type_align(t->elem);
		int64_t elem = type_size(t->elem);
		t->size = elem && t->len > TYPE_MAX_SIZE / elem ? TYPE_MAX_SIZE : t->len * elem;
		return;
	case TY_STRUCT:
		t->size = -2;
		layout_struct(t);
		return;
	case TY_INTERFACE:
		t->size = 16;
		t->align = 8;
		return;
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		t->size = 8;
		t->align = 8;
		return;
	case TY_SLICE:
		t->size = 24;
		t->align = 8;
		return;
	case TY_TUPLE: {
		int64_t off = 0;
		for (int i = 0; i < t->results.len; i++)
			off = align_to(off, type_align(t->results.data[i])) + type_size(t->results.data[i]);
		t->size = align_to(off, 8);
		t->align = 8;
		return;
	}
	default:
		t->size = 0;
		t->align = 1;
	}
}

int64_t type_size(Type *t) {
	if (!t)
		return 0;
	if (t->size == -2) // recursive by value: invalid, already reported
		return 0;
	type_layout(t);
	return t->size < 0 ? 0 : t->size;
}

int type_align(Type *t) {
	if (!t)
		return 1;
	type_layout(t);
	return t->align ? t->align : 1;
}

bool type_is_integer(Type *t) {
	t = type_under(t);
	return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
	             t->kind == TY_UNTYPED_RUNE);
}

bool type_is_unsigned(Type *t) {
	t = type_under(t);
	return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool type_is_float(Type *t) {
	t = type_under(t);
	return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool type_is_complex(Type *t) {
	t = type_under(t);
	return t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128 || t->kind == TY_UNTYPED_COMPLEX);
}

bool type_is_numeric(Type *t) {
	return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_string(Type *t) {
	t = type_under(t);
	return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool type_is_untyped(Type *t) {
	return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool type_is_interface(Type *t) {
	t = type_under(t);
	return t && t->kind == TY_INTERFACE;
}

bool type_is_comparable(Type *t) {
	t = type_under(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE:
		return false;
	case TY_ARRAY:
		return type_is_comparable(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (!type_is_comparable(((Field *)t->fields.data[i])->type))
				return false;
		return true;
	default:
		return true;
	}
}

bool type_has_pointers(Type *t) {
	t = type_under(t);
	if (!t)
		return false;
	switch (t->kind) {
	case TY_STRING: case TY_UNTYPED_STRING: case TY_UNSAFEPTR: case TY_PTR: case TY_SLICE:
	case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_INTERFACE: case TY_UNTYPED_NIL:
		return true;
	case TY_ARRAY:
		return t->len > 0 && type_has_pointers(t->elem);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (type_has_pointers(((Field *)t->fields.data[i])->type))
				return true;
		return false;
	default:
		return false;
	}
}

Type *type_default(Type *t) {
	if (!t)
		return ty_invalid;
	switch (t->kind) {
	case TY_UNTYPED_BOOL: return ty_bool;
	case TY_UNTYPED_INT: return ty_int;
	case TY_UNTYPED_RUNE: return ty_rune;
	case TY_UNTYPED_FLOAT: return ty_float64;
	case TY_UNTYPED_COMPLEX: return ty_complex128;
	case TY_UNTYPED_STRING: return ty_string;
	default: return t;
	}
}

// ---- spelling ----

static const char *basic_name(TypeKind k) {
	switch (k) {
	case TY_INVALID: return "invalid type";
	case TY_BOOL: return "bool";
	case TY_INT: return "int";
	case TY_INT8: return "int8";
	case TY_INT16: return "int16";
	case TY_INT32: return "int32";
	case TY_INT64: return "int64";
	case TY_UINT: return "uint";
	case TY_UINT8: return "uint8";
	case TY_UINT16: return "uint16";
	case TY_UINT32: return "uint32";
	case TY_UINT64: return "uint64";
	case TY_UINTPTR: return "uintptr";
	case TY_FLOAT32: return "float32";
	case TY_FLOAT64: return "float64";
	case TY_COMPLEX64: return "complex64";
	case TY_COMPLEX128: return "complex128";
	case TY_STRING: return "string";
	case TY_UNSAFEPTR: return "unsafe.Pointer";
	case TY_UNTYPED_BOOL: return "untyped bool";
	case TY_UNTYPED_INT: return "untyped int";
	case TY_UNTYPED_RUNE: return "untyped rune";
	case TY_UNTYPED_FLOAT: return "untyped float";
	case TY_UNTYPED_COMPLEX: return "untyped complex";
	case TY_UNTYPED_STRING: return "untyped string";
	case TY_UNTYPED_NIL: return "untyped nil";
	default: return NULL;
	}
}

static void write_type(StrBuf *b, Type *t, TypeStyle st, int depth);

static const char *local_pkg; // see type_set_local_package

void type_set_local_package(const char *path) {
	local_pkg = path;
}

static void write_list(StrBuf *b, Vec *ts, bool variadic, TypeStyle st, int depth) {
	for (int i = 0; i < ts->len; i++) {
		if (i)
			strbuf_put(b, ", ");
		Type *p = ts->data[i];
		if (variadic && i == ts->len - 1 && p->kind == TY_SLICE) {
			strbuf_put(b, "...");
			p = p->elem;
		}
		write_type(b, p, st, depth);
	}
}

static void write_signature(StrBuf *b, Type *t, TypeStyle st, int depth) {
	strbuf_put(b, "(");
	write_list(b, &t->params, t->variadic, st, depth);
	strbuf_put(b, ")");
	if (t->results.len == 1) {
		strbuf_put(b, " ");
		write_type(b, t->results.data[0], st, depth);
	} else if (t->results.len > 1) {
		strbuf_put(b, " (");
		write_list(b, &t->results, false, st, depth);
		strbuf_put(b, ")");
	}
}

// The punctuation of a struct or interface type before its member i of n
// (i == n: after the last one): %T and gc (spaced) spell
// "struct { X int; Y int }" and "struct {}", the checker's messages
// (types2) "struct{X int; Y int}" and "struct{}".
static void put_members_punct(StrBuf *b, const char *keyword, int i, int n, bool spaced) {
	if (i == 0)
		strbuf_put(b, keyword);
	if (n == 0)
		strbuf_put(b, spaced ? " {}" : "{}");
	else if (i == 0)
		strbuf_put(b, spaced ? " { " : "{");
	else if (i < n)
		strbuf_put(b, "; ");
	else
		strbuf_put(b, spaced ? " }" : "}");
}

static Type *(*mapping)(Type *t, void *ctx); // see type_write_mapped
static void *mapping_ctx;

static void write_type(StrBuf *b, Type *t, TypeStyle st, int depth) {
	bool q = st == TS_REFLECT, spaced = st != TS_TYPES2;
	if (t && mapping)
		t = mapping(t, mapping_ctx);
	if (!t) {
		strbuf_put(b, st == TS_GC ? "<nil>" : "invalid type");
		return;
	}
	if (depth > 30) {
		strbuf_put(b, "...");
		return;
	}
	const char *bn = basic_name(t->kind);
	if (!q && (t == ty_byte || t == ty_rune))
		bn = t == ty_byte ? "byte" : "rune";
	if (bn) {
		strbuf_put(b, bn);
		return;
	}
	char num[32];
	switch (t->kind) {
	case TY_NAMED:
		if (t->pkg && (q || (local_pkg && t->pkgpath && strcmp(t->pkgpath, local_pkg)))) {
			strbuf_put(b, t->pkg);
			strbuf_put(b, ".");
		}
		if (mapping && t->obj && t->obj->targs.len && strchr(t->obj->name, '[')) {
			// an instance: its type arguments are mapped too
			strbuf_putn(b, t->obj->name, (size_t)(strchr(t->obj->name, '[') - t->obj->name));
			for (int i = 0; i < t->obj->targs.len; i++) {
				strbuf_put(b, i ? "," : "[");
				write_type(b, t->obj->targs.data[i], st, depth + 1);
			}
			strbuf_put(b, "]");
			return;
		}
		strbuf_put(b, !t->obj ? "?" : st == TS_TYPES2 && t->obj->msg_name ? t->obj->msg_name : t->obj->name);
		return;
	case TY_PTR:
		strbuf_put(b, "*");
		write_type(b, t->elem, st, depth + 1);
		return;
	case TY_SLICE:
		strbuf_put(b, "[]");
		write_type(b, t->elem, st, depth + 1);
		return;
	case TY_ARRAY:
		snprintf(num, sizeof num, "[%lld]", (long long)t->len);
		strbuf_put(b, num);
		write_type(b, t->elem, st, depth + 1);
		return;
	case TY_MAP:
		strbuf_put(b, "map[");
		write_type(b, t->key, st, depth + 1);
		strbuf_put(b, "]");
		write_type(b, t->elem, st, depth + 1);
		return;
	case TY_CHAN:
		strbuf_put(b, t->chan_dir == 2 ? "<-chan " : t->chan_dir == 1 ? "chan<- " : "chan ");
		// chan (<-chan int) needs parentheses to stay unambiguous
		if (t->chan_dir == 0 && t->elem && t->elem->kind == TY_CHAN && t->elem->chan_dir == 2) {
			strbuf_put(b, "(");
			write_type(b, t->elem, st, depth + 1);
			strbuf_put(b, ")");
		} else
			write_type(b, t->elem, st, depth + 1);
		return;
	case TY_FUNC:
		strbuf_put(b, "func");
		write_signature(b, t, st, depth + 1);
		return;
	case TY_TUPLE:
		strbuf_put(b, "(");
		write_list(b, &t->results, false, st, depth + 1);
		strbuf_put(b, ")");
		return;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++) {
			Field *f = t->fields.data[i];
			put_members_punct(b, "struct", i, t->fields.len, spaced);
			if (!f->embedded) {
				strbuf_put(b, f->name);
				strbuf_put(b, " ");
			}
			write_type(b, f->type, st, depth + 1);
		}
		put_members_punct(b, "struct", t->fields.len, t->fields.len, spaced);
		return;
	case TY_INTERFACE:
		if (t == ty_any && st == TS_TYPES2) {
			strbuf_put(b, "any");
			return;
		}
		for (int i = 0; i < t->methods.len; i++) {
			Method *m = t->methods.data[i];
			put_members_punct(b, "interface", i, t->methods.len, spaced);
			if (st == TS_GC && m->pkgpath && !(m->name[0] >= 'A' && m->name[0] <= 'Z')) {
				// gc qualifies an unexported method by its package's name
				const char *slash = strrchr(m->pkgpath, '/');
				strbuf_put(b, slash ? slash + 1 : m->pkgpath);
				strbuf_put(b, ".");
			}
			strbuf_put(b, m->name);
			write_signature(b, m->type, st, depth + 1);
		}
		put_members_punct(b, "interface", t->methods.len, t->methods.len, spaced);
		return;
	default:
		strbuf_put(b, "?");
	}
}

void type_write(StrBuf *b, Type *t, TypeStyle style) {
	write_type(b, t, style, 0);
}

void type_write_mapped(StrBuf *b, Type *t, TypeStyle style, Type *(*map)(Type *t, void *ctx), void *ctx) {
	Type *(*saved)(Type *, void *) = mapping;
	void *saved_ctx = mapping_ctx;
	mapping = map;
	mapping_ctx = ctx;
	write_type(b, t, style, 0);
	mapping = saved;
	mapping_ctx = saved_ctx;
}

const char *type_string(Type *t, bool qualified) {
	StrBuf b = {0};
	write_type(&b, t, qualified ? TS_REFLECT : TS_TYPES2, 0);
	return strbuf_text(&b);
}

// Identical types get the same id so that codegen emits one descriptor
// per distinct type (type assertions compare descriptors by address).
// Bucketed by the qualified spelling, confirmed with type_identical.
void type_canonicalize_ids(void) {
	int n = all_types.len;
	const char **keys = xcalloc(n ? n : 1, sizeof(char *));
	for (int i = 0; i < n; i++) {
		Type *t = all_types.data[i];
		type_layout(t);
		keys[i] = t->kind == TY_NAMED ? NULL : type_string(t, true);
	}
	// a small chained hash table over the spellings
	int nb = 1;
	while (nb < 2 * n)
		nb *= 2;
	int *head = xmalloc(nb * sizeof(int)), *next = xmalloc((n ? n : 1) * sizeof(int));
	for (int i = 0; i < nb; i++)
		head[i] = -1;
	for (int i = 0; i < n; i++) {
		if (!keys[i])
			continue;
		unsigned h = 2166136261u;
		for (const char *p = keys[i]; *p; p++)
			h = (h ^ (unsigned char)*p) * 16777619u;
		int bkt = h & (nb - 1), j;
		Type *t = all_types.data[i];
		for (j = head[bkt]; j >= 0; j = next[j])
			if (!strcmp(keys[j], keys[i]) && type_identical(all_types.data[j], t))
				break;
		if (j >= 0) {
			t->id = ((Type *)all_types.data[j])->id;
			continue;
		}
		next[i] = head[bkt];
		head[bkt] = i;
	}
}
