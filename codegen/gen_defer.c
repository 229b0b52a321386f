// gen_defer.c - defer and go statements through the runtime's scheduler
// and defer machinery (runtime/goscape.h): a function with defers keeps a
// GoDeferFrame in its frame; its return label is the landing pad where
// deferred calls run (also after a recovered panic).
// A deferred builtin (defer fmt.Println(x)) becomes a call of a small
// generated function taking the builtin's evaluated arguments.
#include "cg.h"

static Vec pending;   // Func*: builtin thunks to generate after the current function

static bool contains_defer(Node *n) {
	if (!n || n->kind == ND_FUNCLIT)
		return false;
	if (n->kind == ND_DEFER)
		return true;
	Node *kids[] = {n->lhs, n->rhs, n->init, n->cond, n->post, n->then, n->els, n->body};
	for (int i = 0; i < 8; i++)
		if (contains_defer(kids[i]))
			return true;
	for (int i = 0; i < n->list.len; i++)
		if (contains_defer(n->list.data[i]))
			return true;
	return false;
}

bool func_has_defer(Func *f) {
	return f->has_defer || (f->decl && contains_defer(f->decl->body));
}

// `defer builtin(args)` -> a call of main.f..deferN(args) whose body is
// the builtin applied to its parameters.
static Node *new_thunk_param(Func *tf, Type *ft, Type *t, Pos pos) {
	Obj *p = new_obj(OBJ_VAR, xasprintf("arg%d", tf->params.len), pos);
	p->type = t;
	p->is_param = true;
	p->owner = tf;
	vec_push(&tf->params, p);
	vec_push(&ft->params, t);
	Node *id = new_node(ND_IDENT, pos);
	id->name = p->name;
	id->obj = p;
	id->type = t;
	return id;
}

static Node *thunk_param(Func *tf, Type *ft, Node *a, Vec *call_args) {
	vec_push(call_args, a);
	return new_thunk_param(tf, ft, a->type, a->pos);
}

// defer fmt.Println(g()): the members of g's results are the thunk's
// parameters (the call spreads them); the body passes the leading ones
// (writer, format) as they are and packs the others into []any.
static void tuple_thunk_params(Func *tf, Type *ft, Node *a, int nfixed, Vec *call_args, Vec *body_args) {
	vec_push(call_args, a);
	Node *lit = new_node(ND_COMPOSITE, a->pos);
	lit->type = type_slice(ty_any);
	lit->esc = ESC_HEAP;
	for (int k = 0; k < a->type->results.len; k++) {
		Type *mt = a->type->results.data[k];
		Node *v = new_thunk_param(tf, ft, mt, a->pos);
		if (k < nfixed) {
			vec_push(body_args, v);
			continue;
		}
		if (!type_identical(mt, ty_any)) {
			Node *conv = new_node(ND_TOIFACE, a->pos);
			conv->lhs = v;
			conv->type = ty_any;
			conv->esc = ESC_HEAP;
			v = conv;
		}
		vec_push(&lit->list, v);
	}
	vec_push(body_args, lit);
}

// A packed variadic slice (fmt's ...any) is built when the deferred call
// runs, as Go does: its elements are evaluated at the defer statement and
// passed one by one.
static bool is_packed_variadic(Node *a) {
	return a->kind == ND_COMPOSITE && !a->lhs && type_under(a->type)->kind == TY_SLICE;
}

static Node *builtin_as_call(Node *b) {
	Func *tf = xcalloc(1, sizeof(Func));
	tf->sym = xasprintf("%s..defer%d", cg.fnsym, pending.len + 1);
	tf->name = tf->sym;
	Type *ft = new_type(TY_FUNC);
	Node *body = xcalloc(1, sizeof(Node));
	*body = *b;
	body->list = (Vec){0};
	Vec call_args = {0};
	for (int i = 0; i < b->list.len; i++) {
		Node *a = b->list.data[i];
		if (a->type && a->type->kind == TY_TUPLE) {
			tuple_thunk_params(tf, ft, a, fmt_fixed_args(b->builtin), &call_args, &body->list);
			continue;
		}
		if (is_packed_variadic(a)) {
			Node *lit = xcalloc(1, sizeof(Node));
			*lit = *a;
			lit->list = (Vec){0};
			for (int k = 0; k < a->list.len; k++)
				vec_push(&lit->list, thunk_param(tf, ft, a->list.data[k], &call_args));
			vec_push(&body->list, lit);
			continue;
		}
		vec_push(&body->list, thunk_param(tf, ft, a, &call_args));
	}
	tf->type = ft;
	Node *decl = new_node(ND_FUNCLIT, b->pos);
	// `defer recover()`: recover is then not called BY a deferred function,
	// so it returns nil and the panic goes on; the thunk does nothing.
	if (b->builtin != BI_RECOVER) {
		decl->body = new_node(ND_EXPRSTMT, b->pos);
		decl->body->lhs = body;
	}
	tf->decl = decl;
	vec_push(&pending, tf);

	Obj *fo = new_obj(OBJ_FUNC, tf->sym, b->pos);
	fo->func = tf;
	fo->type = ft;
	Node *callee = new_node(ND_FUNCNAME, b->pos);
	callee->obj = fo;
	callee->type = ft;
	Node *call = new_node(ND_CALL, b->pos);
	call->lhs = callee;
	call->list = call_args;
	call->type = b->type;
	return call;
}

// defer f(args) and go f(args): the function value and the argument block
// (laid out like the callee's incoming area, result slots included) are
// evaluated now and handed to the runtime.
void gen_defer_or_go(Node *s) {
	bool is_go = s->kind == ND_GO;
	Node *c = s->lhs;
	while (c && c->kind == ND_PAREN)
		c = c->lhs;
	if (c->kind == ND_BUILTIN) {
		for (int i = 0; i < c->list.len; i++) {
			Node *a = c->list.data[i];
			if (a->type && a->type->kind == TY_TUPLE && fmt_fixed_args(c->builtin) < 0) {
				unsupported(s->pos, "defer of a builtin with a multi-value argument");
				return;
			}
		}
		c = builtin_as_call(c);
	}
	if (c->kind != ND_CALL) {
		unsupported(s->pos, is_go ? "go of this expression" : "defer of this expression");
		return;
	}
	// Go builds the ... slice of a deferred or go call when the call runs
	// (escape analysis judges it there). Built now, it must outlive the
	// statement: a stack slot would be reused by the next iteration of a
	// loop, or by the caller once a goroutine's parent returns.
	Node *last = c->list.len ? c->list.data[c->list.len - 1] : NULL;
	if (last && is_packed_variadic(last) && last->esc == ESC_STACK)
		last->esc = ESC_HEAP;
	CallPlan p = plan_call(c, true);
	int64_t size = p.res_base + p.res_total;
	int blk = tmp_alloc(size ? size : 8, is_go ? "go arguments" : "defer arguments");
	emit("lea %d(%%rbp), %%r8", blk);
	emit_args(&p, "%r8");
	int clo = tmp_alloc(8, "deferred function value");
	switch (p.kind) {
	case CALL_DIRECT:
		emit("lea %s..f(%%rip), %%rax", p.sym);
		break;
	case CALL_VALUE:
		load_rax(p.fnval);
		break;
	case CALL_IFACE:  // a one-word closure holding the method's code
		emit("lea %d(%%rbp), %%r8", blk);
		callee_code(&p, "%r8");
		save_rax(clo);
		emit("mov $8, %%edi");
		emit("xor %%esi, %%esi");
		emit("call runtime_alloc");
		emit("mov %d(%%rbp), %%rcx", clo);
		emit("mov %%rcx, (%%rax)");
		break;
	}
	save_rax(clo);
	if (is_go) {
		emit("mov %d(%%rbp), %%rdi", clo);
		emit("lea %d(%%rbp), %%rsi", blk);
		emit("mov $%lld, %%edx", (long long)size);
		emit("call runtime_go");
		return;
	}
	emit("lea %d(%%rbp), %%rdi", cg.defer_off);
	emit("mov %d(%%rbp), %%rsi", clo);
	emit("lea %d(%%rbp), %%rdx", blk);
	emit("mov $%lld, %%ecx", (long long)size);
	emit("call runtime_deferproc");
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

void gen_pending_defer_thunks(void) {
	for (int i = 0; i < pending.len; i++) {
		Func *f = pending.data[i];
		func_begin(f, f->sym);
		gen_stmt(f->decl->body);
		func_end(xasprintf("deferred builtin call (%s)", f->sym));
		fprintf(cg.out, "\t.section .data.rel.ro\n\t.balign 8\n%s..f:\n\t.quad %s\n", f->sym, f->sym);
	}
	pending.len = 0;
}
