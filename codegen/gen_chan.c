// gen_chan.c - channels through the runtime's scheduler: make, send,
// receive (plain and comma-ok), close, len/cap, range and select.
#include "cg.h"

static Node *unparen(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

void gen_makechan(Node *e) {
	Node *size = node_list(e)->len ? node_list(e)->data[0] : NULL;
	if (size) {
		gen_expr(size);
		emit("mov %%rax, %%rsi");
	} else {
		emit("xor %%esi, %%esi");
	}
	emit_comment("make(%s) -> heap: channels are allocated by the runtime", frame_type_text(e->type, true));
	emit("lea %s(%%rip), %%rdi", typedesc(e->type));
	alloc_call("runtime_makechan", e->pos, expr_text(e));
}

void gen_send(Node *s) {
	int c = gen_expr_temp(s->lhs);
	int v = gen_expr_temp(s->rhs);
	emit("mov %d(%%rbp), %%rdi", c);
	emit("lea %d(%%rbp), %%rsi", v);
	emit("call runtime_chansend");
}

// <-c: %rax = the value (aggregates: its address); comma_ok: the address
// of a (value, ok) tuple.
void gen_recv(Node *e) {
	Type *et = e->type;
	int c = gen_expr_temp(e->lhs);
	int64_t vsize = align8(tsize(et));
	int res = tmp_alloc(vsize + 8, "received value");
	emit("lea %d(%%rbp), %%rdi", res);
	zero_mem(vsize + 8);
	emit("mov %d(%%rbp), %%rdi", c);
	emit("lea %d(%%rbp), %%rsi", res);
	emit("call runtime_chanrecv");
	if (e->comma_ok) {
		emit("mov %%al, %d(%%rbp)", res + (int)vsize);
		emit("lea %d(%%rbp), %%rax", res);
		return;
	}
	emit("lea %d(%%rbp), %%rax", res);
	load(et);
}

// for v := range c: receive until the channel is closed and drained.
void gen_range_chan(Node *s, Node *val, const char *top, const char *cont, const char *brk) {
	Type *et = type_under(s->rhs->type)->elem;
	int c = gen_expr_temp(s->rhs);
	int buf = tmp_alloc(align8(tsize(et)), "received value");
	emit_label(top);
	emit_label(cont);
	emit("mov %d(%%rbp), %%rdi", c);
	emit("lea %d(%%rbp), %%rsi", buf);
	emit("call runtime_chanrecv");
	emit("test %%al, %%al");
	emit("jz %s", brk);
	if (val)
		range_assign(val, buf, et);
	gen_stmt(node_ext(s)->body);
	emit("jmp %s", top);
	emit_label(brk);
}

// A receive clause's statement: <-c, v := <-c, v, ok = <-c ...
static Node *recv_of(Node *comm) {
	if (!comm)
		return NULL;
	if (comm->kind == ND_EXPRSTMT)
		return unparen(comm->lhs);
	if ((comm->kind == ND_DEFINE || comm->kind == ND_ASSIGN) && comm->rlist.len == 1)
		return unparen(comm->rlist.data[0]);
	return NULL;
}

void gen_select(Node *s) {
	int n = 0, deflt = -1;
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *cl = node_list(s)->data[i];
		if (cl->lhs)
			n++;
		else
			deflt = i;
	}
	int cases = tmp_alloc(24 * (n ? n : 1), "select cases");
	int *bufs = frame_zalloc(((size_t)node_list(s)->len + 1) * sizeof(int));
	int k = 0;
	// channel operands and values to send, in source order
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *cl = node_list(s)->data[i];
		Node *comm = cl->lhs;
		if (!comm)
			continue;
		int slot = cases + 24 * k++;
		if (comm->kind == ND_SEND) {
			int c = gen_expr_temp(comm->lhs);
			bufs[i] = gen_expr_temp(comm->rhs);
			load_rax(c);
			emit("mov %%rax, %d(%%rbp)", slot);
			emit("lea %d(%%rbp), %%rax", bufs[i]);
			emit("mov %%rax, %d(%%rbp)", slot + 8);
			emit("movq $1, %d(%%rbp)", slot + 16);
			continue;
		}
		Node *r = recv_of(comm);
		if (!r || r->kind != ND_UNARY) {
			unsupported(comm->pos, "select case");
			return;
		}
		Type *et = r->type;
		gen_expr(r->lhs);
		emit("mov %%rax, %d(%%rbp)", slot);
		bufs[i] = tmp_alloc(align8(tsize(et)) + 8, "select receive");
		emit("lea %d(%%rbp), %%rdi", bufs[i]);
		zero_mem(align8(tsize(et)) + 8);
		emit("lea %d(%%rbp), %%rax", bufs[i]);
		emit("mov %%rax, %d(%%rbp)", slot + 8);
		emit("movq $0, %d(%%rbp)", slot + 16);
	}
	int ok = tmp_alloc(8, "select recv ok");
	emit("movq $0, %d(%%rbp)", ok);
	emit("lea %d(%%rbp), %%rdi", cases);
	emit("mov $%d, %%esi", n);
	emit("mov $%d, %%edx", deflt < 0);
	emit("lea %d(%%rbp), %%rcx", ok);
	emit("call runtime_select");
	int chosen = tmp_alloc(8, "chosen case");
	save_rax(chosen);
	char *end = new_label("endselect");
	char **bodies = frame_zalloc(((size_t)node_list(s)->len + 1) * sizeof(char *));
	k = 0;
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *cl = node_list(s)->data[i];
		bodies[i] = new_label("selcase");
		load_rax(chosen);
		emit("cmp $%d, %%rax", cl->lhs ? k++ : -1);
		emit("je %s", bodies[i]);
	}
	emit("jmp %s", end);
	push_break_target(end);
	for (int i = 0; i < node_list(s)->len; i++) {
		Node *cl = node_list(s)->data[i];
		emit_label(bodies[i]);
		Node *comm = cl->lhs;
		Node *r = recv_of(comm);
		if (comm && r && (comm->kind == ND_DEFINE || comm->kind == ND_ASSIGN)) {
			// the value and ok were stored by the runtime: assign them
			int64_t vsize = align8(tsize(r->type));
			emit("movzbl %d(%%rbp), %%eax", ok);
			emit("mov %%al, %d(%%rbp)", bufs[i] + (int)vsize);
			assign_received(comm, bufs[i], r->type);
		}
		gen_stmt(node_ext(cl)->body);
		emit("jmp %s", end);
	}
	pop_break_target();
	emit_label(end);
}
