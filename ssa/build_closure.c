// build_closure.c - a function literal's body in SSA: its captures come
// from its closure, the func value it was called through (%rdx at the
// entry: the Context value). A variable captured by value is never
// assigned again (gc's rule, escape/ decides it), so its words are loaded
// once at the entry and are then an SSA variable like a parameter; one
// captured by reference lives in memory the closure points to, and every
// read and write goes through that pointer (a call may change it).
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
