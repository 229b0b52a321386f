// build_fmt.c - SSA construction of the fmt calls goscape's runtime
// implements (fmt.Print, Println, Printf, Sprint, Sprintln, Sprintf), as
// gen_builtin.c's gen_fmt does them: each argument is boxed into an empty
// interface (two words: its type descriptor, and a data word that is the
// value itself when pointer-shaped, a constant's read-only image, else a
// copy in a box on the stack or the heap as escape analysis decided), the
// interfaces fill the []any's backing array, and the runtime's function
// gets the addresses of the format string, of the slice header and (for
// Sprint*) of the string it returns.
#include <stdlib.h>
#include "build.h"

// A box of the words w of site's operand (a copy in a new object) whose
// data word is returned.
static Value *copy_box(Builder *B, Node *site, Value **w, const char *what) {
	MType mt[SSA_MAX_WORDS];
	Type *t = site->lhs->type;
	int n = words_of(t, mt);
	Value *p = new_object(B, t, site, what);
	store_words(B, p, 0, n, w, mt);
	return p;
}

// The data word of a box that would go to the heap, which gc's runtime
// keeps statically when it can (constbox.c's static_box_kind): an element
// of runtime_staticuint64s for a bool, a byte or a value below 256,
// runtime_zeroval for an empty string or a nil slice; else a new object.
// A tested case branches and merges the two with a phi.
static Value *heap_box(Builder *B, Node *site, Value **w, const char *what) {
	Type *t = site->lhs->type;
	StaticKind kind = node_is_stack(site) ? STATIC_NONE : static_box_kind(t);
	if (kind == STATIC_NONE)
		return copy_box(B, site, w, what);
	Value *table = addr_of(B, "runtime_staticuint64s"), *cond, *word;
	if (kind == STATIC_ALWAYS || kind == STATIC_BELOW_256) {
		MType mt;
		bool sgn;
		mtype_of(t, &mt, &sgn);
		Value *x = mtype_size(mt) < 8 ? value(B, SSA_ZEROEXT, mt, 1, w[0], NULL) : w[0];  // the value's bytes
		word = value(B, SSA_ADD, MT_PTR, 2, table, value(B, SSA_MUL, MT_I64, 2, x, constant(B, MT_I64, 8)));
		word->note = static_box_note(t, what);
		if (kind == STATIC_ALWAYS)
			return word;
		cond = value(B, SSA_LESSU, MT_I8, 2, x, constant(B, MT_I64, 256));
	} else {
		word = addr_of(B, "runtime_zeroval");
		cond = value(B, SSA_EQ, MT_I8, 2, w[kind == STATIC_EMPTY_STRING ? 1 : 0], constant(B, MT_I64, 0));
		cond->note = static_box_note(t, what);
	}
	Var *data = ssa_zalloc(B->f, sizeof(Var));
	*data = (Var){.mt = MT_PTR, .name = "box"};
	write_var(B, B->cur, data, word);
	Block *alloc = new_block(B), *join = new_block(B);
	branch_on(B, cond, join, alloc);
	seal(B, alloc);
	B->cur = alloc;
	write_var(B, B->cur, data, copy_box(B, site, w, what));
	jump(B, join);
	seal(B, join);
	B->cur = join;
	return read_var(B, data, join);
}

void box(Builder *B, Node *site, Value **w, Value **iface, const char **note) {
	Node *x = site->lhs;
	Type *t = x->type;
	iface[0] = addr_of(B, type_under(site->type)->methods.len ? itab_symbol(t, site->type) : typedesc(t));
	const char *image = x->is_const ? const_box_image(t, node_cval(x)) : NULL;
	if (image) {  // gc too boxes constants without allocating, whatever escape says
		iface[1] = addr_of(B, image);
		*note = const_box_verdict(x, site->type);
	} else if (type_pointer_shaped(t)) {
		iface[1] = w[0];
	} else if (tsize(t) == 0) {
		iface[1] = addr_of(B, typedesc(t));  // any non-nil address will do
	} else {
		iface[1] = heap_box(B, site, w, frame_text("box %s in %s", expr_text(x), frame_type_text(site->type, true)));
	}
}

bool boxable(Node *site) {
	MType mt[SSA_MAX_WORDS];
	Node *x = site->lhs;
	if (type_is_interface(type_under(x->type)))
		return false;
	if (x->is_const && const_box_image(x->type, node_cval(x)))
		return true;
	int n = words_of(x->type, mt);
	// a float's bits would be tested below 256 (no move from SSE registers yet)
	return n && !(mt[0] == MT_F64 && !node_is_stack(site) && static_box_kind(x->type) == STATIC_BELOW_256);
}

// The interface element x of the packed arguments is made of, as is or
// converted (ND_TOIFACE or ND_CONV of an interface); NULL: a concrete
// value boxed.
static Node *iface_operand(Node *x) {
	if ((x->kind == ND_TOIFACE || x->kind == ND_CONV) && type_is_interface(type_under(x->lhs->type)))
		return x->lhs;
	return x->kind == ND_TOIFACE ? NULL : x;
}

// The words of the []any the checker packed the arguments into (a
// composite literal of boxed values), or of any other []any expression
// (f(xs...)); a missing one is nil.
static bool any_slice(Builder *B, Node *a, Value **out) {
	if (!a) {
		for (int k = 0; k < 3; k++)
			out[k] = constant(B, k ? MT_I64 : MT_PTR, 0);
		return true;
	}
	if (a->kind != ND_COMPOSITE)
		return expr_words(B, a, out) == 3;
	Vec vals = {0};  // the elements' values (a constant with an image needs none)
	for (int i = 0; i < node_list(a)->len; i++) {
		Node *x = node_list(a)->data[i];
		if (!iface_operand(x) && !boxable(x))
			return false;
		Node *v = iface_operand(x) ? iface_operand(x) : x->lhs;
		vec_push(&vals, v->is_const && const_box_image(v->type, node_cval(v)) ? NULL : v);
	}
	Vec todo = {0};
	for (int i = 0; i < vals.len; i++)
		if (vals.data[i])
			vec_push(&todo, vals.data[i]);
	Value ***w = ssa_zalloc(B->f, ((size_t)todo.len + 1) * sizeof(Value **));
	int *n = ssa_zalloc(B->f, ((size_t)todo.len + 1) * sizeof(int));
	eval_list(B, &todo, w, n);
	if (B->failed)
		return false;
	int64_t len = node_list(a)->len;
	B->pos = a->pos;
	Type *arr = type_array(type_under(a->type)->elem, len);
	type_layout(arr);
	out[0] = len ? new_object(B, arr, a, expr_text(a)) : addr_of(B, typedesc(a->type));  // Go's zerobase
	for (int i = 0, k = 0; i < len; i++) {
		Value *iface[2];
		const char *note = NULL;
		Node *x = node_list(a)->data[i];
		if (iface_operand(x))  // its dynamic type and data word
			iface_conv(B, iface_operand(x)->type, x->type, w[k++], iface);
		else
			box(B, x, vals.data[i] ? w[k++] : NULL, iface, &note);
		static const MType words[2] = {MT_PTR, MT_PTR};
		store_words(B, out[0], 16 * i, 2, iface, words);
		if (note)  // on the store of the interface's data word
			((Value *)B->cur->values.data[B->cur->values.len - 1])->note = note;
	}
	out[1] = out[2] = constant(B, MT_I64, len);
	free(vals.data);
	free(todo.data);
	return true;
}

int fmt_call(Builder *B, Node *e, Value **out) {
	// Errorf and the Fprint* family stay with the tree walker
	bool supported = e->builtin == BI_FMT_PRINTLN || e->builtin == BI_FMT_PRINT || e->builtin == BI_FMT_PRINTF ||
	                 e->builtin == BI_FMT_SPRINTF || e->builtin == BI_FMT_SPRINT || e->builtin == BI_FMT_SPRINTLN;
	if (!supported)
		return fail(B), 0;
	const char *fn = fmt_runtime_func(e->builtin);
	int nfixed = fmt_fixed_args(e->builtin);
	Node *a0 = node_list(e)->len ? node_list(e)->data[0] : NULL;
	if (e->rlist.len || (a0 && a0->type && a0->type->kind == TY_TUPLE))
		return fail(B), 0;
	Value *format[SSA_MAX_WORDS], *args[SSA_MAX_WORDS], *call_args[3];
	if (nfixed && !expr_words(B, node_list(e)->data[0], format))
		return fail(B), 0;
	if (!any_slice(B, nfixed < node_list(e)->len ? node_list(e)->data[nfixed] : NULL, args))
		return fail(B), 0;
	B->pos = e->pos;
	bool to_string = e->builtin == BI_FMT_SPRINTF || e->builtin == BI_FMT_SPRINT || e->builtin == BI_FMT_SPRINTLN;
	int n = 0;
	Value *dst = to_string ? call_args[n++] = frame_area(B, 16) : NULL;
	if (nfixed)
		call_args[n++] = header(B, 2, format);
	call_args[n++] = header(B, 3, args);
	Value *c = rtcall(B, fn, MT_VOID, n, call_args, NULL);
	c->text = expr_text(e);
	return dst ? load_header(B, dst, 2, out) : 0;
}
