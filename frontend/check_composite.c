// check_composite.c - composite literals: structs (keyed and positional),
// arrays ([...]T and indexed keys), slices and maps, with element types
// elided inside (including &T{} elided to {} for pointer elements).
#include <string.h>
#include "check.h"

// An element whose type may be elided: {…} stands for T{…}, and for &T{…}
// when the element type is *T.
static void element(Node *e, Type *t, const char *context) {
	if (!e)
		return;
	if (e->kind == ND_COMPOSITE && !e->lhs) {
		Type *u = type_under(t);
		if (u->kind == TY_PTR) {
			Node *lit = node_wrap(e, ND_UNARY, t);
			e->op = OP_AND;
			check_composite(lit, u->elem);
			if (is_invalid(lit))
				set_invalid(e);
			return;
		}
		check_composite(e, t);
		return;
	}
	check_expr(e);
	assign_value(e, t, context);
}

static void struct_lit(Node *n, Type *t, Type *u) {
	if (node_list(n)->len == 0)
		return;
	bool keyed = ((Node *)node_list(n)->data[0])->kind == ND_KEYVAL;
	if (keyed) {
		bool *seen = xcalloc(u->fields.len + 1, sizeof(bool));
		for (int i = 0; i < node_list(n)->len; i++) {
			Node *kv = node_list(n)->data[i];
			if (!kv)
				continue;
			if (kv->kind != ND_KEYVAL) {
				error_at(expr_pos(kv), "mixture of field:value and value elements in struct literal");
				check_expr(kv);
				continue;
			}
			Node *key = kv->lhs;
			if (!key || key->kind != ND_IDENT) {
				if (key)
					error_at(expr_pos(key), "invalid field name %s in struct literal", expr_string(key));
				check_expr(kv->rhs);
				continue;
			}
			int idx = -1;
			for (int k = 0; k < u->fields.len; k++)
				if (!strcmp(((Field *)u->fields.data[k])->name, key->name))
					idx = k;
			if (idx < 0) {
				error_at(key->pos, "unknown field '%s' in struct literal of type %s", key->name, tstr(t));
				check_expr(kv->rhs);
				continue;
			}
			if (seen[idx])
				error_at(key->pos, "duplicate field name %s in struct literal", key->name);
			seen[idx] = true;
			Field *f = u->fields.data[idx];
			kv->field_index = idx;
			key->type = f->type;
			kv->type = f->type;
			element(kv->rhs, f->type, "struct literal");
		}
		return;
	}
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *e = node_list(n)->data[i];
		if (!e)
			continue;
		if (e->kind == ND_KEYVAL) {
			error_at(expr_pos(e), "mixture of field:value and value elements in struct literal");
			check_expr(e->rhs);
			continue;
		}
		if (i >= u->fields.len) {
			check_expr(e);
			if (i == u->fields.len)
				error_at(expr_pos(e), "too many values in %s{…}", tstr(t));
			continue;
		}
		element(e, ((Field *)u->fields.data[i])->type, "struct literal");
	}
	if (node_list(n)->len < u->fields.len)
		error_at(node_pos2(n), "too few values in %s{…}", tstr(t));
}

// Elements of arrays and slices; returns the length the literal needs.
static int64_t indexed_elems(Node *n, Type *elem, int64_t max_len) {
	int64_t index = 0, len = 0;
	PtrMap seen = {0};
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *e = node_list(n)->data[i];
		if (!e)
			continue;
		Node *val = e;
		if (e->kind == ND_KEYVAL) {
			Node *k = e->lhs;
			check_expr(k);
			val = e->rhs;
			if (!is_invalid(k)) {
				ConstVal v;
				if (!k->is_const || const_represent(*node_cval(k), ty_int, &v) != REPR_OK) {
					error_at(expr_pos(k), "index %s must be integer constant", expr_string(k));
				} else if (v.i < 0) {
					error_at(expr_pos(k), "index %s must be non-negative integer constant", expr_string(k));
				} else {
					index = (int64_t)v.i;
					convert_untyped(k, ty_int, NULL);
					k->cval = const_new(v);
				}
			}
		}
		if (max_len >= 0 && index >= max_len)
			error_at(expr_pos(val), "index %lld is out of bounds (>= %lld)", (long long)index, (long long)max_len);
		if (ptrmap_get(&seen, (void *)(intptr_t)(index + 1)))
			error_at(e->kind == ND_KEYVAL ? e->pos : expr_pos(e), "duplicate index %lld in array or slice literal",
			         (long long)index);
		ptrmap_put(&seen, (void *)(intptr_t)(index + 1), e);
		element(val, elem, "array or slice literal");
		if (e != val)
			e->type = elem;
		index++;
		if (index > len)
			len = index;
	}
	return len;
}

static void map_lit(Node *n, Type *u) {
	for (int i = 0; i < node_list(n)->len; i++) {
		Node *e = node_list(n)->data[i];
		if (!e)
			continue;
		if (e->kind != ND_KEYVAL) {
			error_at(expr_pos(e), "missing key in map literal");
			check_expr(e);
			continue;
		}
		element(e->lhs, u->key, "map literal");
		element(e->rhs, u->elem, "map literal");
		e->type = u->elem;
		// duplicate constant keys
		Node *k = e->lhs;
		if (!k || !k->is_const || in_instance())
			continue;
		for (int j = 0; j < i; j++) {
			Node *p = node_list(n)->data[j];
			if (p && p->kind == ND_KEYVAL && p->lhs && p->lhs->is_const && node_cval(p->lhs)->kind == node_cval(k)->kind &&
			    const_compare(OP_EQ, *node_cval(p->lhs), *node_cval(k))) {
				error_at(expr_pos(k), "duplicate key %s in map literal", expr_string(k));
				break;
			}
		}
	}
}

void check_composite(Node *n, Type *hint) {
	if (n->type)
		return;
	Type *t = hint;
	bool open_array = false;
	if (n->lhs) {
		Node *tl = n->lhs;
		if (tl->kind == ND_ARRAYTYPE && node_ext(tl)->is_dotdotdot) {
			open_array = true;
			Type *elem = check_typexpr(tl->lhs);
			t = type_array(elem, 0);
		} else
			t = check_typexpr(tl);
	}
	if (!t) {
		error_at(n->pos, "invalid composite literal type: missing type");
		for (int i = 0; i < node_list(n)->len; i++)
			check_expr(node_list(n)->data[i]);
		set_invalid(n);
		return;
	}
	if (t == ty_invalid) {
		set_invalid(n);
		return;
	}
	Type *u = type_under(t);
	n->type = t;
	switch (u->kind) {
	case TY_STRUCT:
		struct_lit(n, t, u);
		return;
	case TY_ARRAY: {
		int64_t len = indexed_elems(n, u->elem, open_array ? -1 : u->len);
		if (open_array) {
			t->len = len;
			n->lhs->type = t;
			n->lhs->is_type = true;
		}
		return;
	}
	case TY_SLICE:
		indexed_elems(n, u->elem, -1);
		return;
	case TY_MAP:
		map_lit(n, u);
		return;
	default:
		error_at(n->lhs ? expr_pos(n->lhs) : n->pos, "invalid composite literal type %s", tstr(t));
		for (int i = 0; i < node_list(n)->len; i++)
			check_expr(node_list(n)->data[i]);
		set_invalid(n);
	}
}
