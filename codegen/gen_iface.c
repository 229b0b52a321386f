// gen_iface.c - conversions between interface types, type assertions and
// type switches. The dynamic type of an empty interface is its first
// word; of a non-empty one, the first word of its itab (nil: 0). Itabs
// for conversions known at compile time are static (typedesc.c); the
// others come from runtime_getitab.
#include "cg.h"

static bool is_empty_iface(Type *t) {
	return type_under(t)->methods.len == 0;
}

// %rax = dynamic type descriptor of the interface value at %rax.
static void dynamic_type(Type *it) {
	emit("mov (%%rax), %%rax");
	if (!is_empty_iface(it)) {
		emit("test %%rax, %%rax");
		emit("jz 1f");
		emit("mov (%%rax), %%rax");
		fputs("1:\n", cg.text);
	}
}

// The interface value of type `to` for dynamic type %rax (non-NULL) and
// data word at 8(x): stored at res. canfail: %rax = 0 when the type does
// not implement `to` (res left zero).
static void make_iface(Type *to, int x, int res, bool canfail) {
	if (!is_empty_iface(to)) {
		emit("mov %%rax, %%rsi");
		emit("lea %s(%%rip), %%rdi", typedesc(to));
		emit("mov $%d, %%edx", canfail);
		emit("call runtime_getitab");
		if (canfail) {
			emit("test %%rax, %%rax");
			emit("jz 1f");
		}
	}
	emit("mov %%rax, %d(%%rbp)", res);
	emit("mov %d(%%rbp), %%rcx", x + 8);
	emit("mov %%rcx, %d(%%rbp)", res + 8);
	if (canfail)
		fputs("1:\n", cg.text);
}

// The interface value of type from in the temporary v converted to the
// interface type to; returns the temporary holding it. A nil interface
// converts to nil.
static int iface_conv_temp(Type *from, Type *to, int v, const char *what) {
	if (is_empty_iface(from) && is_empty_iface(to))
		return v;
	int res = tmp_alloc(16, frame_text("%s as %s", what, frame_type_text(to, true)));
	emit("movq $0, %d(%%rbp)", res);
	emit("movq $0, %d(%%rbp)", res + 8);
	char *done = new_label("convnil");
	emit("lea %d(%%rbp), %%rax", v);
	dynamic_type(from);
	emit("test %%rax, %%rax");
	emit("jz %s", done);
	make_iface(to, v, res, false);
	emit_label(done);
	return res;
}

// interface -> interface (ND_CONV / ND_TOIFACE of an interface operand).
void gen_iface_conv(Node *x, Type *to, Node *site) {
	int v = gen_expr_temp(x);
	emit("lea %d(%%rbp), %%rax", iface_conv_temp(x->type, to, v, expr_text(x)));
	(void)site;
}

// The implicit conversion of an assignment, for values the checker could
// not wrap in ND_TOIFACE (members of a multi-value call's tuple): the
// value of type from in the temporary v as a value of type to (boxed or
// converted when to is an interface); returns the temporary holding it.
int assign_conv_temp(Type *from, Type *to, int v, const char *what) {
	if (!to || !type_is_interface(type_under(to)) || type_identical(from, to))
		return v;
	if (type_is_interface(type_under(from)))
		return iface_conv_temp(from, to, v, what);
	return box_value(from, to, v, NULL, what);
}

// Copies the value out of an interface (data word at 8(x)) whose dynamic
// type is t into the temporary dst.
static void unbox(Type *t, int x, int dst) {
	emit("mov %d(%%rbp), %%rax", x + 8);
	if (type_pointer_shaped(t)) {
		emit("mov %%rax, %d(%%rbp)", dst);
		return;
	}
	emit("lea %d(%%rbp), %%rdi", dst);
	copy_mem(tsize(t));
}

void gen_typeassert(Node *e) {
	Type *t = e->type;
	Type *it = e->lhs->type;
	bool to_iface = type_is_interface(type_under(t));
	int x = gen_expr_temp(e->lhs);
	int64_t vsize = align8(tsize(t));
	int res = tmp_alloc(vsize + 8, expr_text(e));
	emit("lea %d(%%rbp), %%rdi", res);
	zero_mem(vsize + 8);
	char *fail = new_label("assertfail"), *done = new_label("assertdone");
	emit("lea %d(%%rbp), %%rax", x);
	dynamic_type(it);
	int dyn = tmp_alloc(8, "dynamic type");
	save_rax(dyn);
	if (to_iface) {
		emit("test %%rax, %%rax");
		emit("jz %s", fail);
		make_iface(t, x, res, e->comma_ok);
		if (e->comma_ok) {
			emit("test %%rax, %%rax");
			emit("jz %s", done);
		}
	} else {
		emit("lea %s(%%rip), %%rcx", typedesc(t));
		emit("cmp %%rcx, %%rax");
		emit("jne %s", fail);
		unbox(t, x, res);
	}
	if (e->comma_ok)
		emit("movb $1, %d(%%rbp)", res + (int)vsize);
	emit("jmp %s", done);
	emit_label(fail);
	if (!e->comma_ok) {
		if (to_iface && !is_empty_iface(t)) {
			emit("lea %s(%%rip), %%rdi", typedesc(t));
			emit("xor %%esi, %%esi");
			emit("xor %%edx, %%edx");
			emit("call runtime_getitab");  // panics: interface is nil
		}
		emit("mov %d(%%rbp), %%rdi", dyn);
		emit("lea %s(%%rip), %%rsi", typedesc(t));
		emit("lea %s(%%rip), %%rdx", typedesc(it));
		emit("call runtime_panicdottype");
	}
	emit_label(done);
	emit("lea %d(%%rbp), %%rax", res);
	if (!e->comma_ok)
		load(t);
}

static bool is_nil_case(Node *c) {
	while (c && c->kind == ND_PAREN)
		c = c->lhs;
	return c && !c->is_type && (c->kind == ND_NIL || (c->obj && c->obj->kind == OBJ_NIL) ||
	                            (c->type && c->type->kind == TY_UNTYPED_NIL));
}

// switch v := x.(type) { case T1: ... case I, nil: ... default: ... }
void gen_typeswitch(Node *s) {
	if (node_ext(s)->init)
		gen_stmt(node_ext(s)->init);
	Node *xe = s->lhs;
	while (xe && xe->kind == ND_PAREN)
		xe = xe->lhs;
	if (xe && xe->kind == ND_TYPEASSERT && !xe->rhs)
		xe = xe->lhs;
	Type *it = xe->type;
	int x = gen_expr_temp(xe);
	emit("lea %d(%%rbp), %%rax", x);
	dynamic_type(it);
	int dyn = tmp_alloc(8, "dynamic type");
	save_rax(dyn);
	int n = node_list(s)->len;
	char *end = new_label("endtypeswitch");
	int deflt;
	char **bodies = clause_labels(s, "typecase", &deflt);
	for (int i = 0; i < n; i++) {
		Node *c = node_list(s)->data[i];
		for (int k = 0; k < node_list(c)->len; k++) {
			Node *t = node_list(c)->data[k];
			load_rax(dyn);
			if (is_nil_case(t)) {
				emit("test %%rax, %%rax");
				emit("jz %s", bodies[i]);
			} else if (type_is_interface(type_under(t->type))) {
				char *skip = new_label("notimpl");
				emit("test %%rax, %%rax");
				emit("jz %s", skip);
				if (!is_empty_iface(t->type)) {
					emit("mov %%rax, %%rsi");
					emit("lea %s(%%rip), %%rdi", typedesc(t->type));
					emit("mov $1, %%edx");
					emit("call runtime_getitab");
					emit("test %%rax, %%rax");
					emit("jz %s", skip);
				}
				emit("jmp %s", bodies[i]);
				emit_label(skip);
			} else {
				emit("lea %s(%%rip), %%rcx", typedesc(t->type));
				emit("cmp %%rcx, %%rax");
				emit("je %s", bodies[i]);
			}
		}
	}
	emit("jmp %s", deflt >= 0 ? bodies[deflt] : end);
	push_break_target(end);
	for (int i = 0; i < n; i++) {
		Node *c = node_list(s)->data[i];
		emit_label(bodies[i]);
		Obj *v = c->obj;
		if (v && v->kind == OBJ_VAR) {
			int mark = tmp_mark();
			Type *vt = v->type;
			int val;
			if (type_is_interface(type_under(vt))) {
				if (type_identical(vt, it)) {
					val = x;
				} else {
					val = tmp_alloc(16, "case value");
					emit("movq $0, %d(%%rbp)", val);
					emit("movq $0, %d(%%rbp)", val + 8);
					load_rax(dyn);
					emit("test %%rax, %%rax");
					char *skip = new_label("nilcase");
					emit("jz %s", skip);
					make_iface(vt, x, val, false);
					emit_label(skip);
				}
			} else {
				val = tmp_alloc(tsize(vt), "case value");
				unbox(vt, x, val);
			}
			if (v->heap && v->owner == cg.fn)
				gen_heap_var(v);
			gen_var_addr(v);
			emit("mov %%rax, %%rdi");
			emit("lea %d(%%rbp), %%rax", val);
			load(vt);
			store(vt);
			tmp_release(mark);
		}
		gen_stmt(node_ext(c)->body);
		emit("jmp %s", end);
	}
	pop_break_target();
	emit_label(end);
}
