// build_struct.c - SSA construction of struct values: a struct is its
// fields' words (words.c), so a struct literal T{...} is the words of its
// elements (zero for the fields it leaves out), a field of a struct value
// is a run of its words, and &T{...} and new(T) make an object (a frame
// area when escape analysis keeps it on the stack, else runtime_new's
// block) whose words are stored like any other memory. Fields of struct
// variables (v.min.x) are read and assigned in build.c through
// var_field: they are the variable's words, never memory. Two structs
// are equal when every word is (float64 words as floats: NaN != NaN).
#include <stdlib.h>
#include "build.h"

bool in_memory(Node *e) {
	e = skip_parens(e);
	if (e->kind == ND_SELECTOR)
		return e->lhs && in_memory(e->lhs);
	return e->kind == ND_DEREF || e->kind == ND_STAR || e->kind == ND_INDEX ||
	       (e->kind == ND_IDENT && (is_global_var(e->obj) || is_struct_local(e->obj)));
}

bool is_struct_local(Obj *v) {
	return v && v->kind == OBJ_VAR && v->addr_taken && !v->is_global && !v->heap && !v->captured && !v->is_param &&
	       !v->is_result && !v->is_recv && type_under(v->type)->kind == TY_STRUCT && word_count(v->type);
}

Value *addr_expr(Builder *B, Node *e) {
	Node *x = skip_parens(e->lhs);
	if (x->kind == ND_COMPOSITE)
		return new_composite(B, e);
	if (x->kind != ND_IDENT && !in_memory(x))
		return fail(B);
	int64_t off;
	Value *p = mem_addr(B, x, &off);
	if (!p)
		return fail(B);
	if (through_pointer(x))
		check_nil(B, p, 0);  // gc checks the pointer itself: addr=0x0
	if (!off)
		return p;
	return value(B, SSA_ADD, MT_PTR, 2, p, constant(B, MT_I64, off));
}

bool through_pointer(Node *e) {
	e = skip_parens(e);
	if (e->kind == ND_SELECTOR)
		return e->lhs && through_pointer(e->lhs);
	return e->kind == ND_DEREF || e->kind == ND_STAR;
}

// The field index of each element of struct literal lit, in source order
// (-1 and a failed build for a name that is not a field).
static int *element_fields(Builder *B, Node *lit) {
	Type *u = type_under(lit->type);
	int *fields = ssa_zalloc(B->f, ((size_t)node_list(lit)->len + 1) * sizeof(int));
	for (int i = 0; i < node_list(lit)->len; i++) {
		Node *x = node_list(lit)->data[i];
		fields[i] = x->kind == ND_KEYVAL ? field_index_by_name(u, x->lhs ? x->lhs->name : NULL) : i;
		if (fields[i] < 0 || fields[i] >= u->fields.len)
			fail(B);
	}
	return fields;
}

static Node *element_value(Node *x) {
	return x->kind == ND_KEYVAL ? x->rhs : x;
}

static bool is_struct_literal(Node *e) {
	e = skip_parens(e);
	return e->kind == ND_COMPOSITE && type_under(e->type)->kind == TY_STRUCT;
}

// A leaf element of a struct literal (nested literals walked into): its
// value and the words of the outermost literal it fills.
typedef struct Leaf {
	Node *x;
	int first, n;
	bool calls;  // has_effects: evaluated in the first pass
} Leaf;

// The first pass of struct_literal over lit's elements in source order:
// those with effects are evaluated, nested literals walked into so that
// their calls take their turn among the outer ones; every leaf is noted
// in *leaves for the second pass (its field and effects known once).
static void literal_calls(Builder *B, Node *lit, Value **out, int base, Vec *leaves) {
	Type *u = type_under(lit->type);
	int *fields = element_fields(B, lit);
	for (int i = 0; i < node_list(lit)->len && !B->failed; i++) {
		Node *x = element_value(node_list(lit)->data[i]);
		int first, n = field_words(u, fields[i], &first);
		if (is_struct_literal(x)) {
			literal_calls(B, x, out, base + first, leaves);
			continue;
		}
		Leaf *l = ssa_zalloc(B->f, sizeof(Leaf));
		*l = (Leaf){x, base + first, n, has_effects(x)};
		vec_push(leaves, l);
		if (l->calls && expr_words(B, x, out + l->first) != n)
			fail(B);
	}
}

// As gc's order pass: the elements that call are evaluated first, in
// source order (S{i3: f(), i1: g()} calls f first) and through nested
// literals, then the others. Fields left out are zero.
int struct_literal(Builder *B, Node *lit, Value **out) {
	const SsaWords *w = words_known(lit->type);
	if (type_under(lit->type)->kind != TY_STRUCT || !w)
		return fail(B), 0;
	for (int k = 0; k < w->n; k++)
		out[k] = NULL;
	Vec leaves = {0};
	literal_calls(B, lit, out, 0, &leaves);
	for (int i = 0; i < leaves.len && !B->failed; i++) {
		Leaf *l = leaves.data[i];
		if (!l->calls && expr_words(B, l->x, out + l->first) != l->n)
			fail(B);
	}
	free(leaves.data);
	for (int k = 0; k < w->n && !B->failed; k++)
		if (!out[k])
			out[k] = constant(B, w->mt[k], 0);
	return B->failed ? 0 : w->n;
}

int field_of_value(Builder *B, Node *e, Value **out) {
	Type *lt = e->lhs ? e->lhs->type : NULL;
	int first;
	MType mt[SSA_MAX_WORDS];
	int n = words_of(e->type, mt);
	if (!n || !lt || type_under(lt)->kind != TY_STRUCT || e->field_index < 0 ||
	    e->field_index >= type_under(lt)->fields.len)
		return fail(B), 0;
	Obj *v = var_field(B, e, &first);
	if (v)
		return read_words(B, v, first, n, out);
	Value *all[SSA_MAX_WORDS];  // a field of a call's result, of a literal, of a package-level variable
	if (!expr_words(B, e->lhs, all))
		return 0;
	field_words(lt, e->field_index, &first);
	for (int k = 0; k < n; k++)
		out[k] = all[first + k];
	return n;
}

Value *struct_compare(Builder *B, Node *e) {
	Node *l = e->lhs, *r = e->rhs;
	SsaWords w;
	Value *lw[SSA_MAX_WORDS], *rw[SSA_MAX_WORDS];
	if (!ssa_words(l->type, &w))
		return fail(B);
	for (int k = 0; k < w.n; k++)
		if (!w.scalar[k])
			return fail(B);  // a string field: compared by the runtime
	if (has_effects(r) && !has_effects(l)) {  // as gc: the call first
		expr_words(B, r, rw);
		expr_words(B, l, lw);
	} else {
		expr_words(B, l, lw);
		expr_words(B, r, rw);
	}
	if (B->failed)
		return fail(B);
	Value *all = NULL;
	for (int k = 0; k < w.n; k++) {
		Value *eq = value(B, w.mt[k] == MT_F64 ? SSA_EQF : SSA_EQ, MT_I8, 2, lw[k], rw[k]);
		all = all ? value(B, SSA_AND, MT_I8, 2, all, eq) : eq;
	}
	return e->op == OP_EQ ? all : value(B, SSA_NOT, MT_I8, 1, all, NULL);
}

Value *new_composite(Builder *B, Node *e) {
	Node *lit = skip_parens(e->lhs);
	MType mt[SSA_MAX_WORDS];
	Value *w[SSA_MAX_WORDS];
	int n = words_of(lit->type, mt);
	if (!n || type_under(lit->type)->kind != TY_STRUCT)
		return fail(B);
	// The object first, then the elements (as codegen/gen_composite.c).
	Value *p = new_object(B, lit->type, e->esc != ESC_UNDECIDED ? e : lit, frame_text("&%s", expr_text(lit)));
	if (struct_literal(B, lit, w) != n)
		return fail(B);
	store_words(B, p, 0, n, w, mt);
	return p;
}

Value *new_zeroed(Builder *B, Node *e) {
	Type *t = type_under(e->type)->elem;
	int64_t size = tsize(t);
	if (size <= 0)
		return fail(B);
	Value *p = new_object(B, t, e, frame_text("new(%s)", frame_type_text(t, true)));
	if (p->op == SSA_FRAMEADDR)
		zero_area(B, p, p->aux);
	return p;
}
