// gen_composite.c - composite literals: structs and arrays are built in a
// zeroed temporary (or in place when nested), slices get a backing array
// (an allocation site), &T{...} fills the allocated object directly.
#include <string.h>
#include "cg.h"

int field_index_by_name(Type *st, const char *name) {
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

// Where a literal's elements go: a (zeroed) object in the frame at
// off(%rbp) -- a stack object or a temporary -- or one whose address is
// in the temporary at off(%rbp).
typedef struct Dest {
	bool in_frame;
	int off;
} Dest;

// The operand for byte `at` of the destination (loading %rdi if needed).
static const char *dest_operand(Dest d, int64_t at) {
	if (d.in_frame)
		return frame_text("%lld(%%rbp)", (long long)(d.off + at));
	emit("mov %d(%%rbp), %%rdi", d.off);
	return frame_text("%lld(%%rdi)", (long long)at);
}

static void fill(Node *lit, Dest d, int64_t base);

// Stores the value of v at offset off of the destination; a nested struct
// or array literal is built in place.
static void store_elem(Node *v, Type *t, Dest d, int64_t off) {
	while (v->kind == ND_PAREN)
		v = v->lhs;
	if (is_value_composite(v)) {
		fill(v, d, off);
		return;
	}
	int64_t imm;
	if (!is_agg(t) && int_const(v, &imm) && is_imm32(imm)) {
		if (imm == 0)
			return;  // the storage starts zeroed
		emit("mov%c $%lld, %s", size_suffix(tsize(t)), (long long)imm, dest_operand(d, off));
		return;
	}
	gen_expr(v);
	if (is_agg(t)) {
		emit("lea %s, %%rdi", dest_operand(d, off));
		store(t);
	} else {
		store_from(t, "%rax", dest_operand(d, off));
	}
}

// Index of every element of an array or slice literal (keys are constant).
static int64_t element_indexes(Node *lit, int64_t *idx) {
	int64_t next = 0, n = 0;
	for (int i = 0; i < node_list(lit)->len; i++) {
		Node *el = node_list(lit)->data[i];
		if (el->kind == ND_KEYVAL && el->lhs && el->lhs->is_const)
			next = (int64_t)node_cval(el->lhs)->i;
		if (idx)
			idx[i] = next;
		next++;
		if (next > n)
			n = next;
	}
	return n;
}

// One element of a struct or array literal: its value, type and offset.
typedef struct Elem {
	Node *v;
	Type *t;
	int64_t off;
} Elem;

// As gc does, the elements that call or receive are evaluated first, in
// order, and the others read afterwards: T{a: g, b: f()} sees f's effect
// on g.
static void fill_elems(Elem *es, int n, Dest d) {
	int *early = frame_zalloc(((size_t)n + 1) * sizeof(int));
	for (int i = 0; i < n; i++)
		if (!is_value_composite(es[i].v) && has_effects(es[i].v))
			early[i] = gen_expr_temp(es[i].v);
	for (int i = 0; i < n; i++) {
		Type *t = es[i].t;
		if (!early[i]) {
			store_elem(es[i].v, t, d, es[i].off);
		} else if (is_agg(t)) {
			emit("lea %d(%%rbp), %%rax", early[i]);
			emit("lea %s, %%rdi", dest_operand(d, es[i].off));
			store(t);
		} else {
			load_into(t, frame_text("%d(%%rbp)", early[i]), "%rax");
			store_from(t, "%rax", dest_operand(d, es[i].off));
		}
	}
}

static void fill(Node *lit, Dest d, int64_t base) {
	Type *u = type_under(lit->type);
	Elem *es = frame_zalloc(((size_t)node_list(lit)->len + 1) * sizeof(Elem));
	int n = 0;
	if (u->kind == TY_STRUCT) {
		for (int i = 0; i < node_list(lit)->len; i++) {
			Node *el = node_list(lit)->data[i];
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
			es[n++] = (Elem){v, f->type, base + f->offset};
		}
	} else if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
		int64_t *idx = frame_zalloc(((size_t)node_list(lit)->len + 1) * sizeof(int64_t));
		element_indexes(lit, idx);
		int64_t size = tsize(u->elem);
		for (int i = 0; i < node_list(lit)->len; i++) {
			Node *el = node_list(lit)->data[i];
			es[n++] = (Elem){el->kind == ND_KEYVAL ? el->rhs : el, u->elem, base + idx[i] * size};
		}
	} else {
		unsupported(lit->pos, "composite literal of this type");
		return;
	}
	fill_elems(es, n, d);
}

void gen_composite_into(Node *lit, int ptr_off) {
	fill(lit, (Dest){false, ptr_off}, 0);
}

void gen_composite_in_frame(Node *lit, int obj_off) {
	fill(lit, (Dest){true, obj_off}, 0);
}

// %rax = &T{...}: a new object (allocation site `site`) holding lit.
void gen_new_composite(Node *lit, Node *site, const char *what) {
	TypeKind k = type_under(lit->type)->kind;
	if (k != TY_STRUCT && k != TY_ARRAY) {
		// &[]T{...}, &map[K]V{...}: a new variable holding the literal's
		// value (a header built elsewhere)
		gen_composite(lit);
		int v = to_temp(lit->type);
		gen_alloc(lit->type, site, what);
		int p = tmp_alloc(8, "&composite");
		save_rax(p);
		emit("mov %%rax, %%rdi");
		emit("lea %d(%%rbp), %%rax", v);
		load(lit->type);
		store(lit->type);
		load_rax(p);
		return;
	}
	int obj = gen_alloc(lit->type, site, what);
	if (obj) {  // a stack object: filled in place
		gen_composite_in_frame(lit, obj);
		emit("lea %d(%%rbp), %%rax", obj);
		return;
	}
	int p = tmp_alloc(8, "&composite");
	save_rax(p);
	gen_composite_into(lit, p);
	load_rax(p);
}

void gen_composite(Node *e) {
	Type *u = type_under(e->type);
	switch (u->kind) {
	case TY_MAP:
		gen_map_literal(e);
		return;
	case TY_PTR: {  // an elided &T{...} inside another literal
		Node lit = *e;
		lit.type = u->elem;
		gen_new_composite(&lit, e, frame_text("&%s", expr_text(e)));
		return;
	}
	case TY_STRUCT: case TY_ARRAY: {
		int obj = tmp_alloc(tsize(e->type), expr_text(e));
		emit("lea %d(%%rbp), %%rdi", obj);
		zero_mem(tsize(e->type));
		gen_composite_in_frame(e, obj);
		emit("lea %d(%%rbp), %%rax", obj);
		return;
	}
	case TY_SLICE: {
		int64_t n = element_indexes(e, NULL);
		Type *arr = type_array(u->elem, n);
		type_layout(arr);
		int hdr = tmp_alloc(24, expr_text(e));
		if (n == 0) {
			// Go points an empty literal at zerobase: non-nil, no allocation
			emit("lea %s(%%rip), %%rax", typedesc(e->type));
		} else {
			gen_alloc(arr, e, expr_text(e));
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
