// build_map.c - maps in the SSA IR, through the runtime calls that
// codegen/gen_map.c makes: a map value is one pointer word (nil: 0);
// make(map...) is runtime_makemap, len(m) runtime_maplen, m[k] reads
// runtime_mapaccess1's slot (the zero value's when k is absent) and
// m[k] = v stores into runtime_mapassign's slot, which panics on a nil
// map as Go does. Keys go by address, in a frame area of their own.
#include "build.h"

static Type *map_type(Node *m) {
	Type *u = m && m->type ? type_under(m->type) : NULL;
	return u && u->kind == TY_MAP ? u : NULL;
}

Value *map_make(Builder *B, Node *e) {
	Node *hint = node_list(e)->len > 1 ? node_list(e)->data[1] : NULL;
	Value *args[2] = {addr_of(B, typedesc(e->type)), NULL};
	if (hint && !type_is_integer(type_under(hint->type)))
		return fail(B);
	args[1] = hint ? expr(B, hint) : constant(B, MT_I64, 0);
	B->pos = e->pos;
	return rtcall(B, "runtime_makemap", MT_PTR, 2, args, e);
}

Value *map_len(Builder *B, Node *m) {
	Value *v = expr(B, m);
	return rtcall(B, "runtime_maplen", MT_I64, 1, &v, NULL);
}

// The map and the address of a copy of the key of m[k] (e), in Go's order.
bool map_operands(Builder *B, Node *e, Value **map, Value **key) {
	Type *kt = map_type(e->lhs)->key;
	MType mt[SSA_MAX_WORDS];
	Value *k[SSA_MAX_WORDS];
	int n = words_of(kt, mt);
	if (!n || !(*map = expr(B, e->lhs)) || expr_words(B, e->rhs, k) != n) {
		fail(B);
		return false;
	}
	*key = frame_area(B, 8 * n);
	store_words(B, *key, 0, n, k, mt);
	return true;
}

static Value *map_call(Builder *B, const char *fn, Node *e, Value *map, Value *key) {
	Value *args[3] = {addr_of(B, typedesc(e->lhs->type)), map, key};
	B->pos = e->pos;
	return rtcall(B, fn, MT_PTR, 3, args, NULL);
}

// m[k] (e) read: the words of the slot runtime_mapaccess1 returns, loaded at once.
int map_index(Builder *B, Node *e, Value **out) {
	Value *map, *key;
	if (!map_operands(B, e, &map, &key))
		return 0;
	return load_words(B, map_call(B, "runtime_mapaccess1", e, map, key), 0, e->type, out);
}

// The slot of m[k] (e) for a store, made after the stored value is built.
Value *map_slot(Builder *B, Node *e, Value *map, Value *key) {
	return map_call(B, "runtime_mapassign", e, map, key);
}
