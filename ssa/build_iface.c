// build_iface.c - interface values in the SSA IR, as codegen/gen_iface.c
// does them: two words, the itab (an empty interface: the type
// descriptor; nil: 0) and the data word (the value itself when
// pointer-shaped, else a pointer to a box: build_fmt.c's box). This file
// converts to interfaces (ND_TOIFACE, and explicit ones), between
// interface types (runtime_getitab), compares interfaces (== nil on the
// first word, else runtime_efaceeq) and calls methods through the itab
// (a nil interface panics at the call, after the arguments, as in Go),
// and panic(v), whose operand the checker made an interface.
#include "build.h"
#include "../runtime/abi.h"

static bool is_empty(Type *t) {
	return type_under(t)->methods.len == 0;
}

// The one value of the builder's own variable that each branch of "if
// c then yes() else no()" sets (yes/no build it in their block).
static Value *select_value(Builder *B, Value *c, MType mt, const char *name, Value *(*yes)(Builder *, void *),
                           Value *(*no)(Builder *, void *), void *arg) {
	Var *var = ssa_zalloc(B->f, sizeof(Var));
	*var = (Var){.mt = mt, .name = name};
	Block *t = new_block(B), *f = new_block(B), *join = new_block(B);
	branch_on(B, c, t, f);
	seal(B, t);
	seal(B, f);
	B->cur = t;
	write_var(B, B->cur, var, yes(B, arg));
	jump(B, join);
	B->cur = f;
	write_var(B, B->cur, var, no(B, arg));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return read_var(B, var, join);
}

static Value *zero_ptr(Builder *B, void *arg) {
	(void)arg;
	return constant(B, MT_PTR, 0);
}

static Value *itab_type(Builder *B, void *tab) {
	Value *t = value(B, SSA_LOAD, MT_PTR, 1, tab, NULL);
	t->aux = 0;  // an itab starts with its concrete type (runtime/abi.h)
	return t;
}

// The dynamic type of an interface of type it whose first word is w0: 0 when nil.
static Value *dynamic_type(Builder *B, Type *it, Value *w0) {
	if (is_empty(it))
		return w0;
	Value *isnil = value(B, SSA_EQ, MT_I8, 2, w0, constant(B, MT_PTR, 0));
	return select_value(B, isnil, MT_PTR, "dynamic type", zero_ptr, itab_type, w0);
}

typedef struct Getitab {
	Type *to;
	Value *dyn;
} Getitab;

static Value *getitab(Builder *B, void *arg) {
	Getitab *g = arg;
	Value *args[3] = {addr_of(B, typedesc(g->to)), g->dyn, constant(B, MT_I64, 0)};
	return rtcall(B, "runtime_getitab", MT_PTR, 3, args, NULL);  // panics when dyn lacks a method
}

// The interface w of type from as one of type to; nil stays nil.
void iface_conv(Builder *B, Type *from, Type *to, Value **w, Value **out) {
	out[1] = w[1];
	if (is_empty(from) && is_empty(to)) {
		out[0] = w[0];
		return;
	}
	Value *dyn = dynamic_type(B, from, w[0]);
	if (is_empty(to)) {
		out[0] = dyn;
		return;
	}
	Getitab g = {to, dyn};
	Value *isnil = value(B, SSA_EQ, MT_I8, 2, dyn, constant(B, MT_PTR, 0));
	out[0] = select_value(B, isnil, MT_PTR, "itab", zero_ptr, getitab, &g);
}

int toiface(Builder *B, Node *e, Value **out) {
	Node *x = e->lhs;
	Value *w[SSA_MAX_WORDS];
	if (type_is_interface(type_under(x->type))) {
		if (!expr_words(B, x, w))
			return 0;
		iface_conv(B, x->type, e->type, w, out);
		return 2;
	}
	if (!boxable(e))
		return fail(B), 0;
	bool image = x->is_const && const_box_image(x->type, node_cval(x));
	if (!image && !expr_words(B, x, w))
		return 0;
	B->pos = e->pos;
	const char *note = NULL;
	box(B, e, image ? NULL : w, out, &note);
	if (note)
		out[1]->note = note;
	return 2;
}

Value *iface_compare(Builder *B, Node *e) {
	Node *l = skip_parens(e->lhs), *r = skip_parens(e->rhs);
	Value *lw[SSA_MAX_WORDS], *rw[SSA_MAX_WORDS];
	if (l->kind == ND_NIL || r->kind == ND_NIL) {  // x == nil: its first word
		if (!expr_words(B, l->kind == ND_NIL ? r : l, lw))
			return fail(B);
		return value(B, e->op == OP_EQ ? SSA_EQ : SSA_NEQ, MT_I8, 2, lw[0], constant(B, MT_PTR, 0));
	}
	bool swap = has_effects(r) && !has_effects(l);  // as gc: the call first
	if (!expr_words(B, swap ? r : l, swap ? rw : lw) || !expr_words(B, swap ? l : r, swap ? lw : rw))
		return fail(B);
	// as (dynamic type, data) pairs; the runtime panics on uncomparable types
	lw[0] = dynamic_type(B, l->type, lw[0]);
	rw[0] = dynamic_type(B, r->type, rw[0]);
	B->pos = e->pos;
	Value *args[2] = {header(B, 2, lw), header(B, 2, rw)};
	Value *eq = rtcall(B, "runtime_efaceeq", MT_I8, 2, args, NULL);
	return e->op == OP_EQ ? eq : value(B, SSA_NOT, MT_I8, 1, eq, NULL);
}

void panic_call(Builder *B, Node *e) {
	Value *w[SSA_MAX_WORDS];
	if (node_list(e)->len != 1 || expr_words(B, node_list(e)->data[0], w) != 2) {
		fail(B);
		return;
	}
	B->pos = e->pos;
	Value *v = header(B, 2, w);  // the interface in a frame area: runtime_gopanic(&v)
	rtcall(B, "runtime_gopanic", MT_VOID, 1, &v, NULL);
}

bool is_iface_method(Node *fn) {
	fn = skip_parens(fn);
	return fn && fn->kind == ND_SELECTOR && fn->lhs && fn->lhs->type && type_is_interface(type_under(fn->lhs->type));
}

Value *iface_method(Builder *B, Node *fn, Value **w) {
	check_nil(B, w[0], GO_ITAB_FUN + 8 * (int64_t)fn->field_index);
	return value(B, SSA_ADD, MT_PTR, 2, w[0], constant(B, MT_I64, ABI_ITAB_FUN + 8 * (int64_t)fn->field_index));
}
