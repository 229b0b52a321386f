// typedesc.c - GoType descriptors and itabs, laid out as runtime/abi.h
// numbers them (the runtime asserts its structs match).
//
// A descriptor is emitted for every type the code refers to (allocation,
// boxing, maps, fmt) and every type those refer to. Identical types share
// one descriptor, so the runtime may compare descriptor addresses. When
// packages are compiled into objects of their own (codegen_package), each
// object holds the descriptors and itabs its code uses, as weak symbols
// named after the types: the linker keeps one of each.
#include <stdlib.h>
#include <string.h>
#include "cg.h"
#include "intern.h"

typedef struct TypeDesc {
	Type *t;
	const char *sym;     // interned
} TypeDesc;
static Vec descs;
// Lookups stay O(1) however many types a program has: each Type* seen,
// and each identity class by a hash consistent with type_identical.
static PtrMap desc_of;   // Type* -> TypeDesc*
static PtrMap bucket_of; // type_key(hash) -> Vec* of TypeDesc*
static PtrMap sym_used;  // interned symbol -> its TypeDesc*

typedef struct Itab {
	Type *conc, *iface;
	const char *sym;
} Itab;
static Vec itabs;
static PtrMap itabs_of;  // concrete type's descriptor symbol -> PtrMap* (iface's -> Itab*)

static bool is_basic(Type *t) {
	return t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR;
}

static uint64_t mix(uint64_t h, uint64_t v) {
	return (h ^ v) * 0x100000001b3ull + (h >> 29);
}

// Identical types hash alike (named types are identical only to
// themselves; names of fields and methods are left out, which is only
// coarser). Recursion stops at named types, so it terminates.
static uint64_t type_hash(Type *t) {
	uint64_t h = mix(0xcbf29ce484222325ull, (uint64_t)t->kind);
	switch (t->kind) {
	case TY_NAMED:
		return mix(h, (uint64_t)(uintptr_t)t);
	case TY_PTR: case TY_SLICE:
		return mix(h, type_hash(t->elem));
	case TY_ARRAY:
		return mix(mix(h, (uint64_t)t->len), type_hash(t->elem));
	case TY_MAP:
		return mix(mix(h, type_hash(t->key)), type_hash(t->elem));
	case TY_CHAN:
		return mix(mix(h, (uint64_t)t->chan_dir), type_hash(t->elem));
	case TY_FUNC: case TY_TUPLE:
		h = mix(h, (uint64_t)t->variadic);
		for (int i = 0; i < t->params.len; i++)
			h = mix(h, type_hash(t->params.data[i]));
		h = mix(h, 0x5eed); // params | results
		for (int i = 0; i < t->results.len; i++)
			h = mix(h, type_hash(t->results.data[i]));
		return h;
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			h = mix(h, type_hash(((Field *)t->fields.data[i])->type));
		return h;
	case TY_INTERFACE:
		return mix(h, (uint64_t)t->methods.len);
	default:
		return h; // basic kinds compare by kind
	}
}

static void *type_key(uint64_t h) {
	return (void *)(uintptr_t)(h | 1); // never NULL
}

// The descriptor of a type identical to t, if there is one yet.
static TypeDesc *find_identical(Type *t) {
	Vec *bucket = ptrmap_get(&bucket_of, type_key(type_hash(t)));
	for (int i = 0; bucket && i < bucket->len; i++) {
		TypeDesc *d = bucket->data[i];
		if (type_identical(d->t, t))
			return d;
	}
	return NULL;
}

static uint64_t fnv1a64(const char *s) {
	uint64_t h = 0xcbf29ce484222325ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return h;
}

// Named after t's identity, so that each package's object names it alike
// (and only identical types alike): package-level named types and basic
// types readably, the others by a hash of their identity key. Two
// different keys of one hash would be a suffixed symbol of their own.
static const char *desc_symbol(Type *t) {
	const char *sym;
	if (t->kind == TY_NAMED && t->obj && !t->obj->owner && !t->obj->targs.len)
		sym = cg_sym(t->pkgpath ? xasprintf("type.%s.%s", t->pkgpath, t->obj->name) : xasprintf("type.%s", t->obj->name));
	else if (is_basic(t))
		sym = cg_sym(xasprintf("type.%s", type_string(t, true)));
	else
		sym = xasprintf("type..%016llx", (unsigned long long)fnv1a64(type_identity_key(t)));
	sym = intern(sym);
	if (ptrmap_get(&sym_used, sym))
		sym = intern(xasprintf("%s.%d", sym, descs.len));
	return sym;
}

const char *typedesc(Type *t) {
	TypeDesc *d = ptrmap_get(&desc_of, t);
	if (!d && (d = find_identical(t)))
		ptrmap_put(&desc_of, t, d);
	if (d)
		return d->sym;
	if (t->size < 0)
		type_layout(t);
	d = xcalloc(1, sizeof(TypeDesc));
	d->t = t;
	d->sym = desc_symbol(t);
	vec_push(&descs, d);
	ptrmap_put(&desc_of, t, d);
	ptrmap_put(&sym_used, d->sym, d);
	void *key = type_key(type_hash(t));
	Vec *bucket = ptrmap_get(&bucket_of, key);
	if (!bucket) {
		bucket = xcalloc(1, sizeof(Vec));
		ptrmap_put(&bucket_of, key, bucket);
	}
	vec_push(bucket, d);
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

// One entry of a method set: its name, its signature (the run-time
// itab builder compares both) and the code taking the receiver as one
// word (NULL for interface methods).
typedef struct MethodEntry {
	const char *name;
	Type *sig;
	const char *fn;
} MethodEntry;

static int cmp_entry(const void *a, const void *b) {
	const MethodEntry *x = a, *y = b;
	return strcmp(x->name, y->name);
}

static bool has_entry(Vec *v, const char *name) {
	for (int i = 0; i < v->len; i++)
		if (strcmp(((MethodEntry *)v->data[i])->name, name) == 0)
			return true;
	return false;
}

static void add_entry(Vec *v, Method *m, const char *fn) {
	MethodEntry *e = xcalloc(1, sizeof(MethodEntry));
	e->name = m->name;
	e->sig = m->type;
	e->fn = fn;
	vec_push(v, e);
}

// Methods promoted from the embedded fields of struct type st, breadth
// first so that shallower names win. path/npath: field indices from the
// outer struct; via_ptr: the word is a pointer or some step is one.
typedef struct Level {
	Type *st;
	int path[16];
	int npath;
	bool via_ptr;
} Level;

static void add_promoted(Vec *set, Type *outer, bool word_is_ptr) {
	Vec cur = {0}, next = {0};
	Level *root = xcalloc(1, sizeof(Level));
	root->st = outer;
	root->via_ptr = word_is_ptr;
	vec_push(&cur, root);
	for (int depth = 0; depth < 8 && cur.len; depth++) {
		Vec found = {0};
		for (int i = 0; i < cur.len; i++) {
			Level *lv = cur.data[i];
			Type *u = type_under(lv->st);
			if (u->kind != TY_STRUCT)
				continue;
			for (int f = 0; f < u->fields.len; f++) {
				Field *fl = u->fields.data[f];
				if (!fl->embedded || lv->npath >= 15)
					continue;
				Type *ft = fl->type;
				bool ptr = type_under(ft)->kind == TY_PTR;
				Type *named = ptr ? type_under(ft)->elem : ft;
				Level *nl = xcalloc(1, sizeof(Level));
				*nl = *lv;
				nl->path[nl->npath++] = f;
				nl->via_ptr = lv->via_ptr || ptr;
				nl->st = named;
				vec_push(&next, nl);
				Type *nu = type_under(named);
				if (nu->kind == TY_INTERFACE) {
					for (int m = 0; m < nu->methods.len; m++) {
						Method *im = nu->methods.data[m];
						if (has_entry(set, im->name) || has_entry(&found, im->name))
							continue;
						add_entry(&found, im, promoted_thunk(outer, nl->path, nl->npath, NULL, im, m));
					}
					continue;
				}
				if (named->kind != TY_NAMED)
					continue;
				for (int m = 0; m < named->methods.len; m++) {
					Method *me = named->methods.data[m];
					if (has_entry(set, me->name) || has_entry(&found, me->name))
						continue;
					if (me->ptr_recv && !nl->via_ptr)
						continue;
					add_entry(&found, me, promoted_thunk(outer, nl->path, nl->npath, me->func, NULL, 0));
				}
			}
		}
		for (int i = 0; i < found.len; i++)
			vec_push(set, found.data[i]);
		cur = next;
		next = (Vec){0};
	}
}

// The method set a descriptor lists (sorted by name): for a named type
// its value-receiver methods, for *Named every method, promoted ones
// included (also those of an unnamed struct type and of a pointer to
// one); for an interface its method names.
static int method_set(Type *t, MethodEntry **out) {
	Vec v = {0};
	if (type_under(t)->kind == TY_INTERFACE) {
		Type *u = type_under(t);
		for (int i = 0; i < u->methods.len; i++)
			add_entry(&v, u->methods.data[i], NULL);
	} else {
		Type *named = t;
		bool word_is_ptr = false;
		if (t->kind == TY_PTR && t->elem && (t->elem->kind == TY_NAMED || t->elem->kind == TY_STRUCT)) {
			named = t->elem;
			word_is_ptr = true;
		}
		if (named->kind == TY_NAMED) {
			for (int i = 0; i < named->methods.len; i++) {
				Method *m = named->methods.data[i];
				// A stub-only method has no code (only `compile` meets one).
				if ((word_is_ptr || !m->ptr_recv) && m->func)
					add_entry(&v, m, has_body(m->func) ? method_word_fn(m->func, word_is_ptr) : "0");
			}
		}
		if (named->kind == TY_NAMED || named->kind == TY_STRUCT)  // struct{ S } has S's methods too
			add_promoted(&v, named, word_is_ptr);
	}
	MethodEntry *arr = xcalloc((size_t)v.len + 1, sizeof(MethodEntry));
	for (int i = 0; i < v.len; i++)
		arr[i] = *(MethodEntry *)v.data[i];
	qsort(arr, (size_t)v.len, sizeof(MethodEntry), cmp_entry);
	*out = arr;
	return v.len;
}

// ---- itabs ----

// Identical types share a descriptor, so the pair of descriptor symbols
// identifies an itab.
const char *itab_symbol(Type *conc, Type *iface) {
	const char *cs = typedesc(conc), *is = typedesc(iface);
	PtrMap *by_iface = ptrmap_get(&itabs_of, cs);
	if (!by_iface) {
		by_iface = xcalloc(1, sizeof(PtrMap));
		ptrmap_put(&itabs_of, cs, by_iface);
	}
	Itab *it = ptrmap_get(by_iface, is);
	if (it)
		return it->sym;
	it = xcalloc(1, sizeof(Itab));
	it->conc = conc;
	it->iface = iface;
	it->sym = xasprintf("go.itab.%s..%s", cs, is);
	vec_push(&itabs, it);
	ptrmap_put(by_iface, is, it);
	return it->sym;
}

static void emit_itab(Itab *it) {
	Type *iu = type_under(it->iface);
	MethodEntry *ms;
	int n = method_set(it->conc, &ms);
	fformat(cg.out, "\t.weak %s\n\t.balign 8\n%s:\t# itab %s, %s\n\t.quad %s, %s\n", it->sym, it->sym, type_string(it->conc, true),
	        type_string(it->iface, true), typedesc(it->conc), typedesc(it->iface));
	for (int i = 0; i < iu->methods.len; i++) {
		Method *im = iu->methods.data[i];
		const char *fn = NULL;
		for (int k = 0; k < n; k++)
			if (strcmp(ms[k].name, im->name) == 0)
				fn = ms[k].fn;
		if (!fn) {
			error_at((Pos){0, 0, 0}, "internal error: codegen: %s has no method %s", type_string(it->conc, true),
			         im->name);
			fn = "0";
		}
		fformat(cg.out, "\t.quad %s\t# %s\n", fn, im->name);
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

// The descriptor of *t when the program has one: this object's, else a
// weak reference to the name another package's object would give it
// (0 when none does).
static const char *ptrto_of(Type *t) {
	Type ptr = {.kind = TY_PTR, .elem = t};
	TypeDesc *d = find_identical(&ptr);
	if (d)
		return d->sym;
	const char *sym = xasprintf("type..%016llx", (unsigned long long)fnv1a64(type_string(&ptr, true)));
	fformat(cg.out, "\t.weak %s\n", sym);
	return sym;
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
		fformat(o, "%s..gcbits:\n\t.byte ", d->sym);
		for (int64_t k = 0; k < (last + 8) / 8; k++)
			fprintf(o, "%s0x%02x", k ? "," : "", bits[k]);
		fformat(o, "\n");
	}
	if (u->kind == TY_STRUCT && u->fields.len) {
		fformat(o, "\t.balign 8\n%s..fields:\n", d->sym);
		for (int i = 0; i < u->fields.len; i++) {
			Field *f = u->fields.data[i];
			const char *name = f->name ? f->name : "_";
			int ns = string_literal(name, strlen(name));
			fformat(o, "\t.quad .Lstrdata.%d, %zu, %s, %lld, %d\n", ns, strlen(name), typedesc(f->type),
			        (long long)f->offset, f->embedded ? 1 : 0);
		}
	}
	MethodEntry *ms;
	int nm = method_set(t, &ms);
	if (nm) {
		fformat(o, "\t.balign 8\n%s..methods:\n", d->sym);
		for (int i = 0; i < nm; i++) {
			int ns = string_literal(ms[i].name, strlen(ms[i].name));
			fformat(o, "\t.quad .Lstrdata.%d, %zu, %s, %s\n", ns, strlen(ms[i].name), ms[i].fn ? ms[i].fn : "0",
			        typedesc(ms[i].sig));
		}
	}
	int64_t len = u->kind == TY_ARRAY ? u->len : u->kind == TY_STRUCT ? u->fields.len
	              : u->kind == TY_INTERFACE ? u->methods.len : 0;
	if (u->kind == TY_FUNC) {  // the argument block: parameters, then results
		int64_t params = 0, results = 0;
		tuple_layout(&u->params, NULL, &params);
		tuple_layout(&u->results, NULL, &results);
		len = params + results;
	}
	const char *elem = "0", *key = "0";
	if (u->kind == TY_PTR || u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_CHAN || u->kind == TY_MAP)
		elem = typedesc(u->elem);
	if (u->kind == TY_MAP)
		key = typedesc(u->key);
	fformat(o, "\t.weak %s\n\t.balign 8\n%s:\t# %s\n", d->sym, d->sym, str);
	fformat(o, "\t.quad %lld, %lld, %s\n", (long long)size, (long long)ptrdata,
	        ptrdata ? xasprintf("%s..gcbits", d->sym) : "0");
	fprintf(o, "\t.long 0x%08x\n\t.byte %d, %d, %d, 0\n", fnv1a(str), kind_of(t), type_align(t) > 0 ? type_align(t) : 1,
	        t->kind == TY_NAMED ? 1 : 0);
	fformat(o, "\t.quad .Lstrdata.%d, %zu\n", s, strlen(str));
	fformat(o, "\t.quad %s, %s, %lld\n", elem, key, (long long)len);
	fformat(o, "\t.quad %s, %s, %d\n", u->kind == TY_STRUCT && u->fields.len ? xasprintf("%s..fields", d->sym) : "0",
	        nm ? xasprintf("%s..methods", d->sym) : "0", nm);
	fformat(o, "\t.quad %s\n", ptrto_of(t));
}

void emit_typedescs(void) {
	for (int i = 0; i < descs.len; i++)
		register_deps(((TypeDesc *)descs.data[i])->t);
	fformat(cg.out, "\n# itabs\n\t.section .data.rel.ro\n");
	for (int i = 0; i < itabs.len; i++)
		emit_itab(itabs.data[i]);
	fformat(cg.out, "\n# type descriptors (GoType, runtime/goscape.h)\n\t.section .data.rel.ro\n");
	for (int i = 0; i < descs.len; i++)
		emit_desc(descs.data[i]);
}
