// typedesc.c - GoType descriptors and itabs, laid out exactly as
// runtime/goscape.h declares them (change both together).
//
// A descriptor is emitted for every type the code refers to (allocation,
// boxing, maps, fmt) and every type those refer to. Identical types share
// one descriptor, so the runtime may compare descriptor addresses.
#include <stdlib.h>
#include <string.h>
#include "cg.h"

enum {
	KIND_INVALID, KIND_BOOL, KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64,
	KIND_UINT, KIND_UINT8, KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR,
	KIND_FLOAT32, KIND_FLOAT64, KIND_COMPLEX64, KIND_COMPLEX128,
	KIND_ARRAY, KIND_CHAN, KIND_FUNC, KIND_INTERFACE, KIND_MAP, KIND_PTR, KIND_SLICE,
	KIND_STRING, KIND_STRUCT, KIND_UNSAFEPTR,
};

typedef struct TypeDesc {
	Type *t;
	const char *sym;
} TypeDesc;
static Vec descs;

typedef struct Itab {
	Type *conc, *iface;
	const char *sym;
} Itab;
static Vec itabs;

static bool is_basic(Type *t) {
	return t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR;
}

static bool sym_taken(const char *sym) {
	for (int i = 0; i < descs.len; i++)
		if (strcmp(((TypeDesc *)descs.data[i])->sym, sym) == 0)
			return true;
	return false;
}

static const char *desc_symbol(Type *t) {
	const char *sym;
	if (t->kind == TY_NAMED && t->obj)
		sym = cg_sym(t->pkg ? xasprintf("type.%s.%s", t->pkg, t->obj->name) : xasprintf("type.%s", t->obj->name));
	else if (is_basic(t))
		sym = cg_sym(xasprintf("type.%s", type_string(t, true)));
	else
		sym = xasprintf("type..%d", descs.len);
	if (sym_taken(sym))
		sym = xasprintf("%s.%d", sym, descs.len);
	return sym;
}

const char *typedesc(Type *t) {
	for (int i = 0; i < descs.len; i++) {
		TypeDesc *d = descs.data[i];
		if (d->t == t || type_identical(d->t, t))
			return d->sym;
	}
	if (t->size < 0)
		type_layout(t);
	TypeDesc *d = xcalloc(1, sizeof(TypeDesc));
	d->t = t;
	d->sym = desc_symbol(t);
	vec_push(&descs, d);
	return d->sym;
}

static int kind_of(Type *t) {
	Type *u = type_under(t);
	if (u->kind >= TY_BOOL && u->kind <= TY_COMPLEX128)
		return (int)u->kind;  // numbered alike
	switch (u->kind) {
	case TY_STRING: return KIND_STRING;
	case TY_UNSAFEPTR: return KIND_UNSAFEPTR;
	case TY_PTR: return KIND_PTR;
	case TY_ARRAY: return KIND_ARRAY;
	case TY_SLICE: return KIND_SLICE;
	case TY_STRUCT: return KIND_STRUCT;
	case TY_FUNC: return KIND_FUNC;
	case TY_INTERFACE: return KIND_INTERFACE;
	case TY_MAP: return KIND_MAP;
	case TY_CHAN: return KIND_CHAN;
	default: return KIND_INVALID;
	}
}

// ---- pointer bitmaps ----

static void mark_pointers(Type *t, int64_t base, uint8_t *bits, int64_t nwords) {
	Type *u = type_under(t);
	int64_t w = base / 8;
	switch (u->kind) {
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
	case TY_STRING: case TY_SLICE:
		if (w < nwords)
			bits[w / 8] |= (uint8_t)(1u << (w % 8));
		return;
	case TY_INTERFACE:
		for (int k = 0; k < 2; k++)
			if (w + k < nwords)
				bits[(w + k) / 8] |= (uint8_t)(1u << ((w + k) % 8));
		return;
	case TY_STRUCT:
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = u->fields.data[i];
			mark_pointers(f->type, base + f->offset, bits, nwords);
		}
		return;
	case TY_ARRAY:
		if (!type_has_pointers(u->elem))
			return;
		for (int64_t i = 0; i < u->len; i++)
			mark_pointers(u->elem, base + i * tsize(u->elem), bits, nwords);
		return;
	default:
		return;
	}
}

// ---- methods ----

static int cmp_method(const void *a, const void *b) {
	const Method *x = *(Method *const *)a, *y = *(Method *const *)b;
	return strcmp(x->name, y->name);
}

// The methods a descriptor lists: value-receiver methods of a named type,
// every method of *Named, or an interface's method names.
static int method_list(Type *t, Method ***out, bool *word_is_ptr) {
	Type *named = t;
	*word_is_ptr = false;
	if (t->kind == TY_PTR && t->elem && t->elem->kind == TY_NAMED) {
		named = t->elem;
		*word_is_ptr = true;
	}
	Vec v = {0};
	if (type_under(t)->kind == TY_INTERFACE) {
		Type *u = type_under(t);
		for (int i = 0; i < u->methods.len; i++)
			vec_push(&v, u->methods.data[i]);
	} else if (named->kind == TY_NAMED && type_under(named)->kind != TY_INTERFACE) {
		for (int i = 0; i < named->methods.len; i++) {
			Method *m = named->methods.data[i];
			if (*word_is_ptr || !m->ptr_recv)
				vec_push(&v, m);
		}
	}
	if (v.len)
		qsort(v.data, (size_t)v.len, sizeof(void *), cmp_method);
	*out = (Method **)v.data;
	return v.len;
}

static const char *method_fn(Method *m, bool word_is_ptr) {
	if (!m->func)
		return NULL;
	return method_word_fn(m->func, word_is_ptr);
}

// ---- itabs ----

const char *itab_symbol(Type *conc, Type *iface) {
	for (int i = 0; i < itabs.len; i++) {
		Itab *it = itabs.data[i];
		if (type_identical(it->conc, conc) && type_identical(it->iface, iface))
			return it->sym;
	}
	Itab *it = xcalloc(1, sizeof(Itab));
	it->conc = conc;
	it->iface = iface;
	it->sym = xasprintf("go.itab.%d", itabs.len);
	typedesc(conc);
	typedesc(iface);
	vec_push(&itabs, it);
	return it->sym;
}

static void emit_itab(Itab *it) {
	Type *iu = type_under(it->iface);
	Method **ms;
	bool word_is_ptr;
	int n = method_list(it->conc, &ms, &word_is_ptr);
	fprintf(cg.out, "\t.balign 8\n%s:\t# itab %s, %s\n\t.quad %s, %s\n", it->sym, type_string(it->conc, true),
	        type_string(it->iface, true), typedesc(it->conc), typedesc(it->iface));
	for (int i = 0; i < iu->methods.len; i++) {
		Method *im = iu->methods.data[i];
		const char *fn = NULL;
		for (int k = 0; k < n; k++)
			if (strcmp(ms[k]->name, im->name) == 0)
				fn = method_fn(ms[k], word_is_ptr);
		if (!fn) {
			error_at((Pos){0, 0, 0}, "not yet supported by codegen: method %s of %s (promoted methods in itabs)",
			         im->name, type_string(it->conc, true));
			fn = "0";
		}
		fprintf(cg.out, "\t.quad %s\t# %s\n", fn, im->name);
	}
}

// ---- emission ----

static void register_deps(Type *t) {
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_PTR: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
		typedesc(u->elem);
		break;
	case TY_MAP:
		typedesc(u->key);
		typedesc(u->elem);
		break;
	case TY_STRUCT:
		for (int i = 0; i < u->fields.len; i++)
			typedesc(((Field *)u->fields.data[i])->type);
		break;
	default:
		break;
	}
}

static const char *ptrto_of(Type *t) {
	for (int i = 0; i < descs.len; i++) {
		TypeDesc *d = descs.data[i];
		if (d->t->kind == TY_PTR && d->t->elem && type_identical(d->t->elem, t))
			return d->sym;
	}
	return "0";
}

static uint32_t fnv1a(const char *s) {
	uint32_t h = 2166136261u;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

static void emit_desc(TypeDesc *d) {
	Type *t = d->t, *u = type_under(t);
	FILE *o = cg.out;
	int64_t size = tsize(t);
	const char *str = type_string(t, true);
	int s = string_literal(str, strlen(str));
	int64_t nwords = (size + 7) / 8;
	uint8_t *bits = xcalloc((size_t)(nwords / 8 + 1), 1);
	mark_pointers(t, 0, bits, nwords);
	int64_t last = -1;
	for (int64_t w = 0; w < nwords; w++)
		if (bits[w / 8] & (1u << (w % 8)))
			last = w;
	int64_t ptrdata = (last + 1) * 8;
	if (ptrdata) {
		fprintf(o, "%s..gcbits:\n\t.byte ", d->sym);
		for (int64_t k = 0; k < (last + 8) / 8; k++)
			fprintf(o, "%s0x%02x", k ? "," : "", bits[k]);
		fprintf(o, "\n");
	}
	if (u->kind == TY_STRUCT && u->fields.len) {
		fprintf(o, "\t.balign 8\n%s..fields:\n", d->sym);
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = u->fields.data[i];
			const char *name = f->name ? f->name : "_";
			int ns = string_literal(name, strlen(name));
			fprintf(o, "\t.quad .Lstrdata.%d, %zu, %s, %lld, %d\n", ns, strlen(name), typedesc(f->type),
			        (long long)f->offset, f->embedded ? 1 : 0);
		}
	}
	Method **ms;
	bool word_is_ptr;
	int nm = method_list(t, &ms, &word_is_ptr);
	if (nm) {
		fprintf(o, "\t.balign 8\n%s..methods:\n", d->sym);
		for (int i = 0; i < nm; i++) {
			const char *fn = u->kind == TY_INTERFACE ? NULL : method_fn(ms[i], word_is_ptr);
			int ns = string_literal(ms[i]->name, strlen(ms[i]->name));
			fprintf(o, "\t.quad .Lstrdata.%d, %zu, %s\n", ns, strlen(ms[i]->name), fn ? fn : "0");
		}
	}
	int64_t len = u->kind == TY_ARRAY ? u->len : u->kind == TY_STRUCT ? u->fields.len
	              : u->kind == TY_INTERFACE ? u->methods.len : 0;
	const char *elem = "0", *key = "0";
	if (u->kind == TY_PTR || u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_CHAN || u->kind == TY_MAP)
		elem = typedesc(u->elem);
	if (u->kind == TY_MAP)
		key = typedesc(u->key);
	fprintf(o, "\t.balign 8\n%s:\t# %s\n", d->sym, str);
	fprintf(o, "\t.quad %lld, %lld, %s\n", (long long)size, (long long)ptrdata,
	        ptrdata ? xasprintf("%s..gcbits", d->sym) : "0");
	fprintf(o, "\t.long 0x%08x\n\t.byte %d, %d, %d, 0\n", fnv1a(str), kind_of(t), type_align(t) > 0 ? type_align(t) : 1,
	        t->kind == TY_NAMED ? 1 : 0);
	fprintf(o, "\t.quad .Lstrdata.%d, %zu\n", s, strlen(str));
	fprintf(o, "\t.quad %s, %s, %lld\n", elem, key, (long long)len);
	fprintf(o, "\t.quad %s, %s, %d\n", u->kind == TY_STRUCT && u->fields.len ? xasprintf("%s..fields", d->sym) : "0",
	        nm ? xasprintf("%s..methods", d->sym) : "0", nm);
	fprintf(o, "\t.quad %s\n", ptrto_of(t));
}

void emit_typedescs(void) {
	for (int i = 0; i < descs.len; i++)
		register_deps(((TypeDesc *)descs.data[i])->t);
	fprintf(cg.out, "\n# itabs\n\t.section .data.rel.ro\n");
	for (int i = 0; i < itabs.len; i++)
		emit_itab(itabs.data[i]);
	fprintf(cg.out, "\n# type descriptors (GoType, runtime/goscape.h)\n\t.section .data.rel.ro\n");
	for (int i = 0; i < descs.len; i++)
		emit_desc(descs.data[i]);
}
