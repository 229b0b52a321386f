// gen_defer.c - defer and go statements through the runtime's scheduler
// and defer machinery (runtime/goscape.h): a function with defers keeps a
// GoDeferFrame in its frame; its return label is the landing pad where
// deferred calls run (also after a recovered panic). Escape analysis has
// lowered each statement to a func value without arguments (a wrapper
// closure, escape/godefer.c); this file only emits it.
#include "cg.h"

static void find_defer(Node *n, void *found) {
	if (n->kind == ND_DEFER)
		*(bool *)found = true;
}

bool func_has_defer(Func *f) {
	bool found = f->has_defer;
	if (!found && f->decl)
		visit_stmts(node_ext(f->decl)->body, find_defer, &found);
	return found;
}

// The temporaries a go/defer statement evaluates its arguments into
// (escape/godefer.c); they live until the wrapper has captured them.
static void declare_temps(Node *assign) {
	for (int i = 0; i < node_list(assign)->len; i++) {
		Node *id = node_list(assign)->data[i];
		Obj *v = id->obj;
		v->offset = v->heap ? tmp_alloc(8, frame_text("%s (pointer to heap block)", v->name))
		                    : tmp_alloc(tsize(v->type), frame_text("%s %s", v->name, frame_type_text(v->type, false)));
		if (v->heap)
			gen_heap_var(v);
	}
}

// defer x.M() with x an interface: Go evaluates x.M at the statement, so
// a nil x panics there (the receiver is the first temporary evaluated).
static void check_iface_receiver(Node *s) {
	Node *c = s->lhs;
	while (c && c->kind == ND_PAREN)
		c = c->lhs;
	Node *fx = c && c->kind == ND_CALL ? c->lhs : NULL;
	while (fx && fx->kind == ND_PAREN)
		fx = fx->lhs;
	if (!fx || fx->kind != ND_SELECTOR || fx->obj || !fx->lhs || !type_is_interface(fx->lhs->type) || !s->rlist.len)
		return;
	Node *first = s->rlist.data[0];
	if (!first->rlist.len || first->rlist.data[0] != fx->lhs)
		return;
	gen_expr(node_list(first)->data[0]);
	emit("mov (%%rax), %%rax  # the itab of %s", expr_text(fx->lhs));
	nil_check("%rax");
}

// go/defer hands the runtime a func value without arguments: the wrapper
// closure escape analysis built and decided (after its temporaries are
// evaluated), or the called value itself when it takes no arguments.
void gen_defer_or_go(Node *s) {
	bool is_go = s->kind == ND_GO;
	Node *fv = s->rhs;
	if (fv) {
		for (int i = 0; i < s->rlist.len; i++) {
			declare_temps(s->rlist.data[i]);
			gen_stmt(s->rlist.data[i]);
		}
		check_iface_receiver(s);
	} else {
		Node *c = s->lhs;
		while (c && c->kind == ND_PAREN)
			c = c->lhs;
		if (!c || c->kind != ND_CALL) {
			unsupported(s->pos, is_go ? "go of this expression" : "defer of this expression");
			return;
		}
		fv = c->lhs;
	}
	gen_expr(fv);
	if (is_go) {
		emit("mov %%rax, %%rdi");
		emit("xor %%esi, %%esi  # no argument block");
		emit("xor %%edx, %%edx");
		alloc_call("runtime_go", s->pos, "go statement");
		return;
	}
	emit("mov %%rax, %%rsi");
	emit("lea %d(%%rbp), %%rdi", cg.defer_off);
	emit("xor %%edx, %%edx  # no argument block");
	emit("xor %%ecx, %%ecx");
	alloc_call("runtime_deferproc", s->pos, "defer statement");
}

// Prologue of a function with defers: link its GoDeferFrame; a recovered
// panic resumes at the return label.
void defer_prologue(void) {
	emit("lea %d(%%rbp), %%rdi", cg.defer_off);
	emit("lea %s(%%rip), %%rsi", ret_label());
	emit("call runtime_deferframe_push");
}

void run_defers(void) {
	emit("lea %d(%%rbp), %%rdi", cg.defer_off);
	emit("call runtime_deferreturn");
}
