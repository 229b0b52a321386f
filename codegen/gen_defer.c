// gen_defer.c - defer without panics: `defer f(args)` evaluates f and the
// arguments at once into a heap record pushed on the function's list;
// the epilogue pops and calls every record (last in, first out).
//
// Record: 0 next, 8 code address, 16 closure context (%rdx), 24 size of
// the argument block, 32 the argument block as the callee expects it.
// A deferred builtin (defer fmt.Println(x)) becomes a call of a small
// generated function taking the builtin's evaluated arguments.
// Panics do not run deferred calls and recover is not supported yet.
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
static Node *builtin_as_call(Node *b) {
	Func *tf = xcalloc(1, sizeof(Func));
	tf->sym = xasprintf("%s..defer%d", cg.fnsym, pending.len + 1);
	tf->name = tf->sym;
	Type *ft = new_type(TY_FUNC);
	Node *body = xcalloc(1, sizeof(Node));
	*body = *b;
	body->list = (Vec){0};
	for (int i = 0; i < b->list.len; i++) {
		Node *a = b->list.data[i];
		Obj *p = new_obj(OBJ_VAR, xasprintf("arg%d", i), a->pos);
		p->type = a->type;
		p->is_param = true;
		p->owner = tf;
		vec_push(&tf->params, p);
		vec_push(&ft->params, a->type);
		Node *id = new_node(ND_IDENT, a->pos);
		id->name = p->name;
		id->obj = p;
		id->type = a->type;
		vec_push(&body->list, id);
	}
	tf->type = ft;
	Node *decl = new_node(ND_FUNCLIT, b->pos);
	decl->body = new_node(ND_EXPRSTMT, b->pos);
	decl->body->lhs = body;
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
	call->list = b->list;
	call->type = b->type;
	return call;
}

void gen_defer(Node *s) {
	Node *c = s->lhs;
	while (c && c->kind == ND_PAREN)
		c = c->lhs;
	if (c->kind == ND_BUILTIN) {
		for (int i = 0; i < c->list.len; i++) {
			Node *a = c->list.data[i];
			if (a->type && a->type->kind == TY_TUPLE) {
				unsupported(s->pos, "defer of a builtin with a multi-value argument");
				return;
			}
		}
		if (c->builtin == BI_RECOVER) {
			unsupported(s->pos, "recover");
			return;
		}
		c = builtin_as_call(c);
	}
	if (c->kind != ND_CALL) {
		unsupported(s->pos, "defer of this expression");
		return;
	}
	CallPlan p = plan_call(c);
	int64_t argsize = p.res_base;
	int rec = tmp_alloc(8, "defer record");
	emit_comment("defer record -> heap: run when %s returns", cg.fn->name ? cg.fn->name : cg.fnsym);
	emit("mov $%lld, %%rdi", (long long)(32 + argsize));
	emit("xor %%esi, %%esi");
	emit("call runtime_alloc");
	save_rax(rec);
	emit("lea 32(%%rax), %%r8");
	emit_args(&p, "%r8");
	emit("mov %d(%%rbp), %%r8", rec);
	emit("add $32, %%r8");
	callee_code(&p, "%r8");
	emit("mov %d(%%rbp), %%rdi", rec);
	emit("mov %%rax, 8(%%rdi)");
	emit("mov %%rdx, 16(%%rdi)");
	emit("movq $%lld, 24(%%rdi)", (long long)argsize);
	emit("mov %d(%%rbp), %%rax", cg.defer_off);
	emit("mov %%rax, (%%rdi)");
	emit("mov %%rdi, %d(%%rbp)", cg.defer_off);
}

// The epilogue part: pop and call each record.
void run_defers(void) {
	char *loop = new_label("defers"), *done = new_label("defersdone");
	emit_label(loop);
	emit("mov %d(%%rbp), %%rax", cg.defer_off);
	emit("test %%rax, %%rax");
	emit("jz %s", done);
	emit("mov (%%rax), %%rcx");
	emit("mov %%rcx, %d(%%rbp)", cg.defer_off);
	emit("mov %%rax, %d(%%rbp)", cg.defer_off - 8);
	emit("mov 24(%%rax), %%rcx");
	emit("lea 32(%%rax), %%rsi");
	emit("mov %%rsp, %%rdi");
	emit("rep movsb");
	emit("mov %d(%%rbp), %%rax", cg.defer_off - 8);
	emit("mov 16(%%rax), %%rdx");
	emit("call *8(%%rax)");
	emit("jmp %s", loop);
	emit_label(done);
}

void gen_pending_defer_thunks(void) {
	for (int i = 0; i < pending.len; i++) {
		Func *f = pending.data[i];
		func_begin(f, f->sym);
		gen_stmt(f->decl->body);
		func_end(xasprintf("deferred builtin call (%s)", f->sym));
	}
	pending.len = 0;
}
