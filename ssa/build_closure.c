// build_closure.c - a function literal's body in SSA: its captures come
// from its closure, the func value it was called through (%rdx at the
// entry: the Context value). A variable captured by value is never
// assigned again (gc's rule, escape/ decides it), so its words are loaded
// once at the entry and are then an SSA variable like a parameter; one
// captured by reference lives in memory the closure points to, and every
// read and write goes through that pointer (a call may change it).
//
// A function literal itself: without captures, its static closure; else a
// closure object (new_object: a frame area when escape analysis keeps it
// on the stack, else runtime_new, with the verdict in the assembly) that
// gets the code's address and a copy of each variable it captures by
// value. A variable captured by reference lives in memory, which the
// subset does not have yet: such functions stay the tree walker's.
#include "build.h"

Capture *capture_of(Builder *B, Obj *v) {
	for (int i = 0; v && B->ctx && v->owner != B->fn && i < B->fn->captures.len; i++) {
		Capture *c = B->fn->captures.data[i];
		if (c->var == v)
			return c;
	}
	return NULL;
}

Value *byref_addr(Builder *B, Capture *c) {
	Value *p = value(B, SSA_LOAD, MT_PTR, 1, B->ctx, NULL);
	p->aux = c->offset;
	return p;
}

void closure_entry(Builder *B) {
	Func *fn = B->fn;
	if (!fn->captures.len)
		return;
	closure_layout(fn);  // the captures' offsets, as codegen's gen_funclit stores them
	B->ctx = value(B, SSA_CONTEXT, MT_PTR, 0, NULL, NULL);
	for (int i = 0; i < fn->captures.len; i++) {
		Capture *c = fn->captures.data[i];
		MType mt[SSA_MAX_WORDS];
		Value *w[SSA_MAX_WORDS];
		if (!c->byref && words_of(c->var->type, mt)) {
			load_words(B, B->ctx, c->offset, c->var->type, w);
			write_obj(B, c->var, w);
		}
	}
}

// v is captured by the function's literals by value only (then it stays
// an SSA variable: the literals copy its value when they are made).
bool captured_by_value(Builder *B, Obj *v) {
	for (int i = 0; i < B->fn->funclits.len; i++) {
		Func *lit = B->fn->funclits.data[i];
		for (int j = 0; j < lit->captures.len; j++) {
			Capture *c = lit->captures.data[j];
			if (c->var == v && c->byref)
				return false;
		}
	}
	return true;
}

Value *func_literal(Builder *B, Node *e) {
	Func *lit = node_ext(e)->func;
	const char *sym = cg_sym(lit->sym ? lit->sym : lit->name);
	if (!lit->captures.len)
		return addr_of(B, frame_text("%s..f", sym));
	for (int i = 0; i < lit->captures.len; i++)
		if (((Capture *)lit->captures.data[i])->byref || !var_ok(B, ((Capture *)lit->captures.data[i])->var))
			return fail(B);
	Type *ct = closure_layout(lit);
	Value *p = new_object(B, ct, e, frame_text("func literal %s", lit->name));
	Value *code = value(B, SSA_STORE, MT_PTR, 2, p, addr_of(B, sym));
	code->aux = 0;
	for (int i = 0; i < lit->captures.len; i++) {
		Capture *c = lit->captures.data[i];
		SsaWords w;
		Value *val[SSA_MAX_WORDS];
		ssa_words(c->var->type, &w);
		read_words(B, c->var, 0, w.n, val);
		for (int k = 0; k < w.n; k++) {
			Value *st = value(B, SSA_STORE, w.mt[k], 2, p, val[k]);
			st->aux = c->offset + w.off[k];
		}
	}
	return p;
}
