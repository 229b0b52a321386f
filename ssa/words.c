// words.c - the machine words a Go value of the subset is made of, in
// memory order: a scalar is one word, a string two (pointer, length), a
// slice three (pointer, length, capacity), an interface two (itab or
// type, data), and a struct the words of its
// fields, nested structs flattened (scalar replacement: a struct-typed
// variable is as many SSA variables as it has words, a struct argument or
// result as many argument or result words, as Go's ABIInternal passes
// small structs field by field). Each word has its byte offset in the
// value, so loads and stores of a struct in memory go field by field.
//
// A struct is in the subset when every field is, it has at most
// SSA_MAX_WORDS words and each word is 8 bytes at 8 * its index: no
// padding (a struct stored word by word writes every byte of its memory;
// the runtime hashes and compares structs bytewise), and word k of an
// argument sits in the stack ABI's argument area where codegen's tree
// walker puts that byte of the struct.
#include <string.h>
#include "build.h"

static bool add(SsaWords *w, Type *t, int64_t off, const char *suffix) {
	static const char *const header[] = {".ptr", ".len", ".cap"};
	MType mt;
	bool sgn;
	Type *u = t ? type_under(t) : NULL;
	if (mtype_of(t, &mt, &sgn)) {
		if (w->n == SSA_MAX_WORDS)
			return false;
		w->mt[w->n] = mt;
		w->off[w->n] = off;
		w->scalar[w->n] = t;
		w->suffix[w->n++] = suffix;
		return true;
	}
	if (u && (u->kind == TY_SLICE || u->kind == TY_STRING)) {
		int n = u->kind == TY_SLICE ? 3 : 2;
		if (w->n + n > SSA_MAX_WORDS)
			return false;
		for (int k = 0; k < n; k++) {
			w->mt[w->n] = k ? MT_I64 : MT_PTR;
			w->off[w->n] = off + 8 * k;
			w->scalar[w->n] = NULL;
			w->suffix[w->n++] = *suffix ? xasprintf("%s%s", suffix, header[k]) : header[k];
		}
		return true;
	}
	if (u && u->kind == TY_INTERFACE) {  // itab (or type), data: build_iface.c
		static const char *const iface[] = {".tab", ".data"};
		if (w->n + 2 > SSA_MAX_WORDS)
			return false;
		for (int k = 0; k < 2; k++) {
			w->mt[w->n] = MT_PTR;
			w->off[w->n] = off + 8 * k;
			w->scalar[w->n] = NULL;
			w->suffix[w->n++] = *suffix ? xasprintf("%s%s", suffix, iface[k]) : iface[k];
		}
		return true;
	}
	if (!u || u->kind != TY_STRUCT || !u->fields.len)
		return false;
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = u->fields.data[i];
		if (!add(w, f->type, off + f->offset, xasprintf("%s.%s", suffix, f->name ? f->name : "_")))
			return false;
	}
	return true;
}

// The words of t computed afresh; false: outside the subset.
static bool compute(Type *t, SsaWords *w) {
	memset(w, 0, sizeof *w);
	if (!add(w, t, 0, ""))
		return false;
	if (type_under(t)->kind != TY_STRUCT)
		return true;
	for (int k = 0; k < w->n; k++)
		if (w->off[k] != 8 * k || mtype_size(w->mt[k]) != 8)
			return false;
	return tsize(t) == 8 * w->n;
}

// The builder asks for the words of the same few types at every
// variable, field and load; each type's are computed once (types live as
// long as the program, so the cache never goes stale). They are found by
// the type's id, an index: types the checker found identical share an
// id, so the types of one id are told apart by address.
typedef struct Known {
	Type *type;
	struct Known *next;  // another type of the same id
	bool ok;
	SsaWords w;  // as far as they went when !ok (ssa_words gives them too)
} Known;
static Known **by_id;  // Type.id -> Known*
static int nids;

static const Known *known_words(Type *t) {
	if (t->id >= nids) {
		int n = nids ? nids : 256;
		while (n <= t->id)
			n *= 2;
		by_id = xrealloc(by_id, (size_t)n * sizeof(Known *));
		memset(by_id + nids, 0, (size_t)(n - nids) * sizeof(Known *));
		nids = n;
	}
	Known *k = by_id[t->id];
	while (k && k->type != t)
		k = k->next;
	if (!k) {
		k = xmalloc(sizeof *k);  // kept for the program, like the type
		k->type = t;
		k->ok = compute(t, &k->w);
		k->next = by_id[t->id];
		by_id[t->id] = k;
	}
	return k;
}

const SsaWords *words_known(Type *t) {
	const Known *k = t ? known_words(t) : NULL;
	return k && k->ok ? &k->w : NULL;
}

bool ssa_words(Type *t, SsaWords *w) {
	if (!t) {
		memset(w, 0, sizeof *w);
		return false;
	}
	const Known *k = known_words(t);
	*w = k->w;
	return k->ok;
}

int word_count(Type *t) {
	const SsaWords *w = words_known(t);
	return w ? w->n : 0;
}

int words_of(Type *t, MType *mt) {
	const SsaWords *w = words_known(t);
	if (!w)
		return 0;
	memcpy(mt, w->mt, (size_t)w->n * sizeof(MType));
	return w->n;
}

int field_words(Type *st, int index, int *first) {
	Type *u = type_under(st);
	*first = 0;
	for (int i = 0; i < index; i++)
		*first += word_count(((Field *)u->fields.data[i])->type);
	return word_count(((Field *)u->fields.data[index])->type);
}
