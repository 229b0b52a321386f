// gen_composite.c - composite literals: structs and arrays are built in a
// zeroed temporary (or in place when nested), slices get a backing array
// (an allocation site), &T{...} fills the allocated object directly.
#include <string.h>
#include "cg.h"

static int field_index_by_name(Type *st, const char *name) {
	Type *u = type_under(st);
	for (int i = 0; i < u->fields.len; i++) {
		Field *f = u->fields.data[i];
		if (name && f->name && strcmp(f->name, name) == 0)
			return i;
	}
	return -1;
}

static bool is_value_composite(Node *v) {
	while (v && v->kind == ND_PAREN)
		v = v->lhs;
	if (!v || v->kind != ND_COMPOSITE)
		return false;
	TypeKind k = type_under(v->type)->kind;
	return k == TY_STRUCT || k == TY_ARRAY;
}

// Stores the value of v at offset off of the (zeroed) object whose address
// is in the temporary ptr_off.
static void store_elem(Node *v, Type *t, int ptr_off, int64_t off) {
	while (v->kind == ND_PAREN)
		v = v->lhs;
	if (is_value_composite(v)) {
		int sub = tmp_alloc(8, "element address");
		emit("mov %d(%%rbp), %%rax", ptr_off);
		if (off)
			emit("add $%lld, %%rax", (long long)off);
		save_rax(sub);
		gen_composite_into(v, sub);
		return;
	}
	int64_t imm;
	if (!is_agg(t) && int_const(v, &imm) && is_imm32(imm)) {
		if (imm == 0)
			return;  // the storage starts zeroed
		emit("mov %d(%%rbp), %%rdi", ptr_off);
		emit("mov%c $%lld, %lld(%%rdi)", size_suffix(tsize(t)), (long long)imm, (long long)off);
		return;
	}
	gen_expr(v);
	emit("mov %d(%%rbp), %%rdi", ptr_off);
	if (is_agg(t)) {
		if (off)
			emit("add $%lld, %%rdi", (long long)off);
		store(t);
	} else {
		store_from(t, "%rax", xasprintf("%lld(%%rdi)", (long long)off));
	}
}

// Index of every element of an array or slice literal (keys are constant).
static int64_t element_indexes(Node *lit, int64_t *idx) {
	int64_t next = 0, n = 0;
	for (int i = 0; i < lit->list.len; i++) {
		Node *el = lit->list.data[i];
		if (el->kind == ND_KEYVAL && el->lhs && el->lhs->is_const)
			next = (int64_t)el->lhs->cval.i;
		if (idx)
			idx[i] = next;
		next++;
		if (next > n)
			n = next;
	}
	return n;
}

void gen_composite_into(Node *lit, int ptr_off) {
	Type *u = type_under(lit->type);
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < lit->list.len; i++) {
			Node *el = lit->list.data[i];
			int fi = i;
			Node *v = el;
			if (el->kind == ND_KEYVAL) {
				fi = field_index_by_name(u, el->lhs ? el->lhs->name : NULL);
				v = el->rhs;
			}
			if (fi < 0 || fi >= u->fields.len) {
				unsupported(el->pos, "struct literal field");
				continue;
			}
			Field *f = u->fields.data[fi];
			store_elem(v, f->type, ptr_off, f->offset);
		}
		return;
	}
	if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
		int64_t *idx = xcalloc((size_t)lit->list.len + 1, sizeof(int64_t));
		element_indexes(lit, idx);
		int64_t es = tsize(u->elem);
		for (int i = 0; i < lit->list.len; i++) {
			Node *el = lit->list.data[i];
			Node *v = el->kind == ND_KEYVAL ? el->rhs : el;
			store_elem(v, u->elem, ptr_off, idx[i] * es);
		}
		return;
	}
	unsupported(lit->pos, "composite literal of this type");
}

void gen_composite(Node *e) {
	Type *u = type_under(e->type);
	switch (u->kind) {
	case TY_MAP:
		gen_map_literal(e);
		return;
	case TY_PTR: {  // an elided &T{...} inside another literal
		gen_alloc(u->elem, e, xasprintf("&%s", expr_text(e)));
		int p = tmp_alloc(8, "&composite");
		save_rax(p);
		Node lit = *e;
		lit.type = u->elem;
		gen_composite_into(&lit, p);
		load_rax(p);
		return;
	}
	case TY_STRUCT: case TY_ARRAY: {
		int obj = tmp_alloc(tsize(e->type), xasprintf("%s", expr_text(e)));
		emit("lea %d(%%rbp), %%rdi", obj);
		zero_mem(tsize(e->type));
		int p = tmp_alloc(8, "literal address");
		emit("lea %d(%%rbp), %%rax", obj);
		save_rax(p);
		gen_composite_into(e, p);
		emit("lea %d(%%rbp), %%rax", obj);
		return;
	}
	case TY_SLICE: {
		int64_t n = element_indexes(e, NULL);
		Type *arr = type_array(u->elem, n);
		type_layout(arr);
		int hdr = tmp_alloc(24, xasprintf("%s", expr_text(e)));
		if (n == 0) {
			// Go points an empty literal at zerobase: non-nil, no allocation
			emit("lea %s(%%rip), %%rax", typedesc(e->type));
		} else {
			gen_alloc(arr, e, xasprintf("%s", expr_text(e)));
		}
		emit("mov %%rax, %d(%%rbp)", hdr);
		emit("movq $%lld, %d(%%rbp)", (long long)n, hdr + 8);
		emit("movq $%lld, %d(%%rbp)", (long long)n, hdr + 16);
		if (n) {
			int p = tmp_alloc(8, "backing array");
			save_rax(p);
			gen_composite_into(e, p);
		}
		emit("lea %d(%%rbp), %%rax", hdr);
		return;
	}
	default:
		unsupported(e->pos, "composite literal of this type");
	}
}
