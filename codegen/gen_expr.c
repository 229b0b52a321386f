// gen_expr.c - expressions: constants, variables, selectors, indexing,
// slicing, unary and binary operators, conversions, interface boxing.
// Scalars end in %rax, aggregates as an address in %rax (cg.h).
#include <string.h>
#include "cg.h"

static Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

// ---- constants ----

static void gen_int_const(int64_t v) {
	if (v == 0)
		emit("xor %%eax, %%eax");
	else if (v >= INT32_MIN && v <= INT32_MAX)
		emit("mov $%lld, %%rax", (long long)v);
	else
		emit("movabs $%lld, %%rax", (long long)v);
}

static void gen_float_bits(Type *t, double f) {
	if (type_under(t)->kind == TY_FLOAT32) {
		float x = (float)f;
		uint32_t bits;
		memcpy(&bits, &x, 4);
		gen_int_const((int64_t)bits);
	} else {
		int64_t bits;
		memcpy(&bits, &f, 8);
		gen_int_const(bits);
	}
}

static bool gen_const(Node *e) {
	Type *t = e->type;
	ConstVal *c = &e->cval;
	switch (c->kind) {
	case CV_BOOL:
		gen_int_const(c->b);
		return true;
	case CV_INT:
		if (is_float(t))
			gen_float_bits(t, (double)c->i);
		else if (type_under(t)->kind == TY_STRING)
			return false;  // string(rune) constant not folded: convert at run time
		else
			gen_int_const((int64_t)(uint64_t)c->i);
		return true;
	case CV_FLOAT:
		if (is_float(t))
			gen_float_bits(t, c->f);
		else
			gen_int_const((int64_t)c->f);
		return true;
	case CV_STRING:
		gen_string_const(c->s, c->slen);
		return true;
	default:
		return false;
	}
}

// ---- variables ----

static Capture *find_capture(Func *f, Obj *v) {
	for (int i = 0; f && i < f->captures.len; i++) {
		Capture *c = f->captures.data[i];
		if (c->var == v)
			return c;
	}
	return NULL;
}

void gen_var_addr(Obj *v) {
	if (v->is_global || !v->owner) {
		emit("lea %s(%%rip), %%rax", v->sym ? v->sym : cg_sym(v->name));
		return;
	}
	if (v->owner != cg.fn) {
		Capture *c = find_capture(cg.fn, v);
		if (!c) {
			error_at(v->pos, "internal error: codegen: %s is not captured by %s", v->name, cg.fn->name);
			emit("xor %%eax, %%eax");
			return;
		}
		emit("mov %d(%%rbp), %%rax", cg.closure_off);
		if (c->byref)
			emit("mov %d(%%rax), %%rax  # &%s (captured by reference)", c->offset, v->name);
		else
			emit("lea %d(%%rax), %%rax  # %s (captured by value)", c->offset, v->name);
		return;
	}
	if (v->heap)
		emit("mov %d(%%rbp), %%rax  # &%s (heap)", v->offset, v->name);
	else
		emit("lea %d(%%rbp), %%rax  # &%s", v->offset, v->name);
}

static void gen_nil(Type *t) {
	if (is_agg(t)) {
		int off = tmp_alloc(tsize(t), "nil");
		emit("lea %d(%%rbp), %%rdi", off);
		zero_mem(tsize(t));
		emit("lea %d(%%rbp), %%rax", off);
	} else {
		emit("xor %%eax, %%eax");
	}
}

// ---- allocation sites ----

bool node_is_stack(Node *site) {
	return site && site->esc == ESC_STACK;
}

// %rax = pointer to a zeroed T: a frame slot when escape analysis said the
// site does not escape, else a runtime_new block. Stack objects are pinned
// so that later statements do not reuse their slot.
void gen_alloc(Type *t, Node *site, const char *what) {
	int64_t size = tsize(t);
	if (node_is_stack(site)) {
		int off = tmp_alloc(size, xasprintf("%s (stack object)", what));
		tmp_pin();
		emit_comment("%s -> stack: %s", what, site->esc_reason ? site->esc_reason : "does not escape");
		emit("lea %d(%%rbp), %%rdi", off);
		zero_mem(size);
		emit("lea %d(%%rbp), %%rax", off);
		return;
	}
	if (site && site->esc_reason)
		emit_comment("%s -> heap: %s", what, site->esc_reason);
	else
		emit_comment("%s -> heap: %s (line %d)", what, site && site->esc == ESC_HEAP ? "escapes" : "not analysed",
		             site ? site->pos.line : 0);
	emit("mov $%lld, %%rdi", (long long)size);
	emit("lea %s(%%rip), %%rsi", typedesc(t));
	emit("call runtime_new");
}

// ---- selectors, indexing, slicing ----

static Field *field_of(Type *st, int index) {
	Type *u = type_under(st);
	if (u->kind == TY_PTR)
		u = type_under(u->elem);
	if (index < 0 || index >= u->fields.len)
		return NULL;
	return u->fields.data[index];
}

static void gen_field_addr(Node *e) {
	Node *lhs = e->lhs;
	gen_expr(lhs);
	if (type_under(lhs->type)->kind == TY_PTR)
		nil_check("%rax");
	Field *f = field_of(lhs->type, e->field_index);
	if (!f) {
		unsupported(e->pos, "selector");
		return;
	}
	if (f->offset)
		emit("add $%lld, %%rax  # .%s", (long long)f->offset, f->name);
}

static void bounds_check(Type *idx_type) {
	// index in %rcx, length in %rdx
	emit("cmp %%rdx, %%rcx");
	emit("jb 1f");
	emit("mov %%rcx, %%rdi");
	emit("mov %%rdx, %%rsi");
	emit("call %s", type_is_unsigned(type_under(idx_type)) ? "runtime_panicindexu" : "runtime_panicindex");
	fputs("1:\n", cg.text);
}

// Element address of a[i] for arrays, pointers to arrays, slices and strings.
void gen_index_addr(Node *e) {
	Type *t = type_under(e->lhs->type);
	Type *elem;
	int base = tmp_alloc(8, "index base");
	if (t->kind == TY_PTR) {
		gen_expr(e->lhs);
		nil_check("%rax");
		t = type_under(t->elem);
	} else {
		gen_expr(e->lhs);
	}
	save_rax(base);
	elem = t->kind == TY_STRING ? ty_uint8 : t->elem;
	gen_expr(e->rhs);
	emit("mov %%rax, %%rcx");
	load_rax(base);
	if (t->kind == TY_ARRAY) {
		emit("mov $%lld, %%rdx", (long long)t->len);
	} else {
		emit("mov 8(%%rax), %%rdx");
		emit("mov (%%rax), %%rax");
	}
	bounds_check(e->rhs->type);
	int64_t es = tsize(elem);
	if (es == 1)
		emit("add %%rcx, %%rax");
	else if (es == 2 || es == 4 || es == 8)
		emit("lea (%%rax,%%rcx,%lld), %%rax", (long long)es);
	else if (es) {
		emit("imul $%lld, %%rcx", (long long)es);
		emit("add %%rcx, %%rax");
	}
}

static void slice_check(int which, int x_off, int y_off, bool x_unsigned) {
	emit("mov %d(%%rbp), %%rsi", x_off);
	emit("mov %d(%%rbp), %%rdx", y_off);
	emit("cmp %%rdx, %%rsi");
	emit("jbe 1f");
	emit("mov $%d, %%edi", which);
	emit("mov $%d, %%ecx", x_unsigned);
	emit("call runtime_panicslice");
	fputs("1:\n", cg.text);
}

enum { SLICE_ALEN, SLICE_ACAP, SLICE_B, SLICE3_ALEN, SLICE3_ACAP, SLICE3_B, SLICE3_C };

static int bound_temp(Node *b, int default_off, const char *what) {
	int off = tmp_alloc(8, what);
	if (b) {
		gen_expr(b);
	} else {
		load_rax(default_off);
	}
	save_rax(off);
	return off;
}

static void gen_slice_expr(Node *e) {
	Type *t = type_under(e->lhs->type);
	bool is_str = t->kind == TY_STRING;
	bool from_array = false;
	int ptr = tmp_alloc(8, "slice base"), len = tmp_alloc(8, "len"), cap = tmp_alloc(8, "cap");
	if (t->kind == TY_ARRAY || (t->kind == TY_PTR && type_under(t->elem)->kind == TY_ARRAY)) {
		if (t->kind == TY_PTR) {
			gen_expr(e->lhs);
			nil_check("%rax");
			t = type_under(t->elem);
		} else {
			gen_addr(e->lhs);
		}
		from_array = true;
		save_rax(ptr);
		emit("movq $%lld, %d(%%rbp)", (long long)t->len, len);
		emit("movq $%lld, %d(%%rbp)", (long long)t->len, cap);
	} else {
		gen_expr(e->lhs);
		emit("mov (%%rax), %%rcx");
		emit("mov %%rcx, %d(%%rbp)", ptr);
		emit("mov 8(%%rax), %%rcx");
		emit("mov %%rcx, %d(%%rbp)", len);
		if (is_str)
			emit("mov %%rcx, %d(%%rbp)", cap);
		else {
			emit("mov 16(%%rax), %%rcx");
			emit("mov %%rcx, %d(%%rbp)", cap);
		}
	}
	int zero = tmp_alloc(8, "0");
	emit("movq $0, %d(%%rbp)", zero);
	int lo = bound_temp(e->lo, zero, "lo");
	int hi = bound_temp(e->hi, is_str ? len : len, "hi");
	Type *it = e->lo ? e->lo->type : e->hi ? e->hi->type : ty_int;
	bool uns = type_is_unsigned(type_under(it));
	bool lenlike = is_str || from_array;
	if (e->slice3) {
		int max = bound_temp(e->max, cap, "max");
		slice_check(lenlike ? SLICE3_ALEN : SLICE3_ACAP, max, cap, uns);
		slice_check(SLICE3_B, hi, max, uns);
		slice_check(SLICE3_C, lo, hi, uns);
		cap = max;
	} else {
		slice_check(lenlike ? SLICE_ALEN : SLICE_ACAP, hi, is_str ? len : cap, uns);
		slice_check(SLICE_B, lo, hi, uns);
	}
	Type *elem = is_str ? ty_uint8 : t->elem;
	int res = tmp_alloc(is_str ? 16 : 24, "slice result");
	emit("mov %d(%%rbp), %%rcx", lo);
	emit("mov %d(%%rbp), %%rax", hi);
	emit("sub %%rcx, %%rax");
	emit("mov %%rax, %d(%%rbp)", res + 8);
	if (!is_str) {
		emit("mov %d(%%rbp), %%rax", cap);
		emit("sub %%rcx, %%rax");
		emit("mov %%rax, %d(%%rbp)", res + 16);
	}
	if (tsize(elem) != 1)
		emit("imul $%lld, %%rcx", (long long)tsize(elem));
	emit("add %d(%%rbp), %%rcx", ptr);
	emit("mov %%rcx, %d(%%rbp)", res);
	emit("lea %d(%%rbp), %%rax", res);
}

// ---- addresses ----

void gen_addr(Node *e) {
	e = skip_parens(e);
	switch (e->kind) {
	case ND_IDENT:
		if (e->obj && e->obj->kind == OBJ_VAR) {
			gen_var_addr(e->obj);
			return;
		}
		break;
	case ND_SELECTOR:
		gen_field_addr(e);
		return;
	case ND_INDEX:
		if (type_under(e->lhs->type)->kind != TY_MAP) {
			gen_index_addr(e);
			return;
		}
		break;
	case ND_STAR: case ND_DEREF:
		gen_expr(e->lhs);
		nil_check("%rax");
		return;
	default:
		if (is_agg(e->type)) {  // an rvalue aggregate: its temporary
			gen_expr(e);
			return;
		}
		break;
	}
	// not addressable: materialise the value (e.g. a method call on a result)
	gen_expr(e);
	int off = to_temp(e->type);
	emit("lea %d(%%rbp), %%rax", off);
}

// &x, &T{...}
static void gen_address_of(Node *e) {
	Node *x = skip_parens(e->lhs);
	if (x->kind == ND_COMPOSITE) {
		Type *t = x->type;
		gen_alloc(t, e->esc != ESC_UNDECIDED ? e : x, xasprintf("&%s", expr_text(x)));
		int p = tmp_alloc(8, "&composite");
		save_rax(p);
		gen_composite_into(x, p);
		load_rax(p);
		return;
	}
	gen_addr(x);
}

// ---- operators ----

static void gen_float_op(Op op, bool f32) {
	const char *sfx = f32 ? "ss" : "sd";
	emit(f32 ? "movd %%eax, %%xmm0" : "movq %%rax, %%xmm0");
	emit(f32 ? "movd %%ecx, %%xmm1" : "movq %%rcx, %%xmm1");
	switch (op) {
	case OP_ADD: emit("add%s %%xmm1, %%xmm0", sfx); break;
	case OP_SUB: emit("sub%s %%xmm1, %%xmm0", sfx); break;
	case OP_MUL: emit("mul%s %%xmm1, %%xmm0", sfx); break;
	case OP_DIV: emit("div%s %%xmm1, %%xmm0", sfx); break;
	default: break;
	}
	emit(f32 ? "movd %%xmm0, %%eax" : "movq %%xmm0, %%rax");
}

static void gen_divmod(Op op, Type *t) {
	bool uns = type_is_unsigned(type_under(t));
	emit("test %%rcx, %%rcx");
	emit("jnz 1f");
	emit("call runtime_panicdivide");
	fputs("1:\n", cg.text);
	if (uns) {
		emit("xor %%edx, %%edx");
		emit("div %%rcx");
	} else {
		// idiv traps on MinInt64 / -1; Go wraps: x / -1 = -x, x % -1 = 0
		char *normal = new_label("div"), *done = new_label("divdone");
		emit("cmp $-1, %%rcx");
		emit("jne %s", normal);
		if (op == OP_DIV)
			emit("neg %%rax");
		else
			emit("xor %%edx, %%edx");
		emit("jmp %s", done);
		emit_label(normal);
		emit("cqo");
		emit("idiv %%rcx");
		emit_label(done);
	}
	if (op == OP_REM)
		emit("mov %%rdx, %%rax");
}

static void gen_shift(Op op, Type *t, Type *count_type) {
	if (is_signed_int(count_type)) {
		emit("test %%rcx, %%rcx");
		emit("jns 1f");
		emit("call runtime_panicshift");
		fputs("1:\n", cg.text);
	}
	bool arith = op == OP_SHR && !type_is_unsigned(type_under(t));
	char *ok = new_label("shift");
	emit("cmp $64, %%rcx");
	emit("jb %s", ok);
	if (arith)
		emit("mov $63, %%ecx");
	else
		emit("xor %%eax, %%eax");  // every bit shifted out (%cl & 63 would not)
	emit_label(ok);
	if (!arith) {
		char *done = new_label("shiftdone");
		emit("cmp $64, %%rcx");
		emit("jae %s", done);
		emit("%s %%cl, %%rax", op == OP_SHL ? "shl" : "shr");
		emit_label(done);
	} else {
		emit("sar %%cl, %%rax");
	}
}

static const char *setcc(Op op, bool uns) {
	switch (op) {
	case OP_EQ: return "sete";
	case OP_NE: return "setne";
	case OP_LT: return uns ? "setb" : "setl";
	case OP_LE: return uns ? "setbe" : "setle";
	case OP_GT: return uns ? "seta" : "setg";
	case OP_GE: return uns ? "setae" : "setge";
	default: return "sete";
	}
}

static void gen_float_compare(Op op, bool f32) {
	// lhs in %rax, rhs in %rcx
	emit(f32 ? "movd %%eax, %%xmm0" : "movq %%rax, %%xmm0");
	emit(f32 ? "movd %%ecx, %%xmm1" : "movq %%rcx, %%xmm1");
	const char *ucom = f32 ? "ucomiss" : "ucomisd";
	switch (op) {
	case OP_EQ:
		emit("%s %%xmm1, %%xmm0", ucom);
		emit("sete %%al");
		emit("setnp %%cl");
		emit("and %%cl, %%al");
		break;
	case OP_NE:
		emit("%s %%xmm1, %%xmm0", ucom);
		emit("setne %%al");
		emit("setp %%cl");
		emit("or %%cl, %%al");
		break;
	case OP_LT: emit("%s %%xmm0, %%xmm1", ucom); emit("seta %%al"); break;
	case OP_LE: emit("%s %%xmm0, %%xmm1", ucom); emit("setae %%al"); break;
	case OP_GT: emit("%s %%xmm1, %%xmm0", ucom); emit("seta %%al"); break;
	case OP_GE: emit("%s %%xmm1, %%xmm0", ucom); emit("setae %%al"); break;
	default: break;
	}
	emit("movzbl %%al, %%eax");
}

// %rax = lhs (a temporary) op %rax, for arithmetic and ordered comparisons
// of scalars. t is the operand type; count_type the type of a shift count.
void gen_binop_values(Op op, Type *t, Type *count_type, int lhs_off) {
	if (type_under(t)->kind == TY_STRING) {
		if (op == OP_ADD) {
			gen_string_concat2(lhs_off);
			return;
		}
		gen_string_compare(op, lhs_off);
		return;
	}
	emit("mov %%rax, %%rcx");
	load_rax(lhs_off);
	bool f32 = type_under(t)->kind == TY_FLOAT32;
	if (is_float(t)) {
		if (op >= OP_EQ && op <= OP_GE)
			gen_float_compare(op, f32);
		else
			gen_float_op(op, f32);
		return;
	}
	switch (op) {
	case OP_ADD: emit("add %%rcx, %%rax"); break;
	case OP_SUB: emit("sub %%rcx, %%rax"); break;
	case OP_MUL: emit("imul %%rcx, %%rax"); break;
	case OP_AND: emit("and %%rcx, %%rax"); break;
	case OP_OR: emit("or %%rcx, %%rax"); break;
	case OP_XOR: emit("xor %%rcx, %%rax"); break;
	case OP_ANDNOT: emit("not %%rcx"); emit("and %%rcx, %%rax"); break;
	case OP_DIV: case OP_REM: gen_divmod(op, t); break;
	case OP_SHL: case OP_SHR: gen_shift(op, t, count_type ? count_type : ty_uint); break;
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		emit("cmp %%rcx, %%rax");
		emit("%s %%al", setcc(op, type_is_unsigned(type_under(t)) || type_under(t)->kind == TY_PTR));
		emit("movzbl %%al, %%eax");
		return;
	default: break;
	}
	normalize(t);
}

static bool is_nil(Node *e) {
	e = skip_parens(e);
	return e && e->kind == ND_NIL;
}

// %rax = (lhs == rhs) for any comparable type; lhs in a temporary, rhs
// in %rax in its usual form.
void gen_eq(Type *t, int lhs_off, bool negate) {
	Type *u = type_under(t);
	switch (u->kind) {
	case TY_STRING:
		gen_string_compare(negate ? OP_NE : OP_EQ, lhs_off);
		return;
	case TY_INTERFACE:
		if (u->methods.len) {  // compare as (dynamic type, data) pairs
			int a = tmp_alloc(16, "iface as eface"), b = tmp_alloc(16, "iface as eface");
			emit("mov %%rax, %%rsi");
			for (int k = 0; k < 2; k++) {
				int dst = k ? b : a;
				if (k == 0)
					emit("lea %d(%%rbp), %%rsi", lhs_off);
				emit("mov (%%rsi), %%rcx");
				emit("test %%rcx, %%rcx");
				emit("jz 1f");
				emit("mov (%%rcx), %%rcx");
				fputs("1:\n", cg.text);
				emit("mov %%rcx, %d(%%rbp)", dst);
				emit("mov 8(%%rsi), %%rcx");
				emit("mov %%rcx, %d(%%rbp)", dst + 8);
				if (k == 0)
					emit("mov %%rax, %%rsi");
			}
			emit("lea %d(%%rbp), %%rdi", a);
			emit("lea %d(%%rbp), %%rsi", b);
		} else {
			emit("mov %%rax, %%rsi");
			emit("lea %d(%%rbp), %%rdi", lhs_off);
		}
		emit("call runtime_efaceeq");
		emit("movzbl %%al, %%eax");
		break;
	case TY_STRUCT: case TY_ARRAY:
		emit("mov %%rax, %%rdx");
		emit("lea %d(%%rbp), %%rsi", lhs_off);
		emit("lea %s(%%rip), %%rdi", typedesc(t));
		emit("call runtime_valueeq");
		emit("movzbl %%al, %%eax");
		break;
	case TY_SLICE:  // only against nil
		emit("mov (%%rax), %%rax");
		emit("cmp %d(%%rbp), %%rax", lhs_off);
		emit("sete %%al");
		emit("movzbl %%al, %%eax");
		break;
	default:
		gen_binop_values(OP_EQ, t, NULL, lhs_off);
		break;
	}
	if (negate)
		emit("xor $1, %%eax");
}

static void gen_compare(Node *e, Op op) {
	Type *t = e->lhs->type;
	Type *u = type_under(t);
	// x == nil for slices, maps, funcs, interfaces: test the first word
	if ((op == OP_EQ || op == OP_NE) && (is_nil(e->lhs) || is_nil(e->rhs)) &&
	    (u->kind == TY_SLICE || u->kind == TY_INTERFACE || !is_agg(t))) {
		Node *x = is_nil(e->rhs) ? e->lhs : e->rhs;
		gen_expr(x);
		if (is_agg(x->type))
			emit("mov (%%rax), %%rax");
		emit("test %%rax, %%rax");
		emit("%s %%al", op == OP_EQ ? "sete" : "setne");
		emit("movzbl %%al, %%eax");
		return;
	}
	int l = gen_expr_temp(e->lhs);
	gen_expr(e->rhs);
	if (op == OP_EQ || op == OP_NE)
		gen_eq(t, l, op == OP_NE);
	else
		gen_binop_values(op, t, NULL, l);
}

static void gen_logical(Node *e, Op op) {
	char *done = new_label(op == OP_LAND ? "and" : "or");
	gen_expr(e->lhs);
	emit("test %%rax, %%rax");
	emit("%s %s", op == OP_LAND ? "jz" : "jnz", done);
	gen_expr(e->rhs);
	emit_label(done);
}

static void gen_binary(Node *e) {
	Op op = op_of(e->op);
	switch (op) {
	case OP_LAND: case OP_LOR:
		gen_logical(e, op);
		return;
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		gen_compare(e, op);
		return;
	default:
		break;
	}
	if (op == OP_ADD && type_under(e->type)->kind == TY_STRING) {
		gen_string_concat(e);
		return;
	}
	int l = gen_expr_temp(e->lhs);
	gen_expr(e->rhs);
	gen_binop_values(op, e->type, e->rhs->type, l);
}

static void gen_unary(Node *e) {
	Op op = op_of(e->op);
	if (op == OP_AND) {
		gen_address_of(e);
		return;
	}
	if (op == OP_ARROW) {
		gen_recv(e);
		return;
	}
	gen_expr(e->lhs);
	switch (op) {
	case OP_SUB:
		if (is_float(e->type)) {
			if (type_under(e->type)->kind == TY_FLOAT32)
				emit("xor $0x80000000, %%eax");
			else {
				emit("btc $63, %%rax");
			}
			return;
		}
		emit("neg %%rax");
		break;
	case OP_XOR:
		emit("not %%rax");
		break;
	case OP_NOT:
		emit("xor $1, %%eax");
		return;
	default:
		return;
	}
	normalize(e->type);
}

// ---- conversions ----

static void int_to_float(Type *from, Type *to) {
	bool f32 = type_under(to)->kind == TY_FLOAT32;
	const char *cvt = f32 ? "cvtsi2ssq" : "cvtsi2sdq";
	if (type_under(from)->kind == TY_UINT64 || type_under(from)->kind == TY_UINT ||
	    type_under(from)->kind == TY_UINTPTR) {
		// values >= 2^63: halve (keeping the low bit), convert, double
		char *big = new_label("u2f"), *done = new_label("u2fdone");
		emit("test %%rax, %%rax");
		emit("js %s", big);
		emit("%s %%rax, %%xmm0", cvt);
		emit("jmp %s", done);
		emit_label(big);
		emit("mov %%rax, %%rcx");
		emit("shr %%rcx");
		emit("and $1, %%eax");
		emit("or %%rax, %%rcx");
		emit("%s %%rcx, %%xmm0", cvt);
		emit(f32 ? "addss %%xmm0, %%xmm0" : "addsd %%xmm0, %%xmm0");
		emit_label(done);
	} else {
		emit("%s %%rax, %%xmm0", cvt);
	}
	emit(f32 ? "movd %%xmm0, %%eax" : "movq %%xmm0, %%rax");
}

static void float_to_int(Type *from, Type *to) {
	bool f32 = type_under(from)->kind == TY_FLOAT32;
	emit(f32 ? "movd %%eax, %%xmm0" : "movq %%rax, %%xmm0");
	if (type_under(to)->kind == TY_UINT64 || type_under(to)->kind == TY_UINT ||
	    type_under(to)->kind == TY_UINTPTR) {
		// values >= 2^63 are converted after subtracting 2^63
		char *small = new_label("f2u"), *done = new_label("f2udone");
		emit("movabs $%s, %%rcx", f32 ? "0x5f000000" : "0x43e0000000000000");
		emit(f32 ? "movd %%ecx, %%xmm1" : "movq %%rcx, %%xmm1");
		emit(f32 ? "ucomiss %%xmm1, %%xmm0" : "ucomisd %%xmm1, %%xmm0");
		emit("jb %s", small);
		emit(f32 ? "subss %%xmm1, %%xmm0" : "subsd %%xmm1, %%xmm0");
		emit(f32 ? "cvttss2siq %%xmm0, %%rax" : "cvttsd2siq %%xmm0, %%rax");
		emit("btc $63, %%rax");
		emit("jmp %s", done);
		emit_label(small);
		emit(f32 ? "cvttss2siq %%xmm0, %%rax" : "cvttsd2siq %%xmm0, %%rax");
		emit_label(done);
	} else {
		emit(f32 ? "cvttss2siq %%xmm0, %%rax" : "cvttsd2siq %%xmm0, %%rax");
	}
	normalize(to);
}

static void gen_conv(Node *e) {
	Type *from = e->lhs->type, *to = e->type;
	Type *fu = type_under(from), *tu = type_under(to);
	if (tu->kind == TY_STRING || fu->kind == TY_STRING) {
		if (!(tu->kind == TY_STRING && fu->kind == TY_STRING)) {
			gen_string_conv(e);
			return;
		}
	}
	if (tu->kind == TY_INTERFACE && fu->kind == TY_INTERFACE) {
		gen_iface_conv(e->lhs, to, e);
		return;
	}
	gen_expr(e->lhs);
	if (type_is_integer(fu) && type_is_integer(tu)) {
		normalize(to);
	} else if (type_is_integer(fu) && is_float(to)) {
		int_to_float(from, to);
	} else if (is_float(from) && type_is_integer(tu)) {
		float_to_int(from, to);
	} else if (is_float(from) && is_float(to)) {
		if (fu->kind == TY_FLOAT32 && tu->kind == TY_FLOAT64) {
			emit("movd %%eax, %%xmm0");
			emit("cvtss2sd %%xmm0, %%xmm0");
			emit("movq %%xmm0, %%rax");
		} else if (fu->kind == TY_FLOAT64 && tu->kind == TY_FLOAT32) {
			emit("movq %%rax, %%xmm0");
			emit("cvtsd2ss %%xmm0, %%xmm0");
			emit("movd %%xmm0, %%eax");
		}
	}
	// everything else (same underlying type, pointers, unsafe.Pointer,
	// uintptr) keeps its representation
}

// ---- interfaces ----

static bool pointer_shaped(Type *t) {
	switch (type_under(t)->kind) {
	case TY_PTR: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
		return true;
	default:
		return false;
	}
}

bool type_pointer_shaped(Type *t) {
	return pointer_shaped(t);
}

// Boxing: the interface's first word is the type (empty interface) or
// the itab; the data word is the value itself for pointer-shaped types,
// else a pointer to a copy (an allocation site).
// Boxes the value of type t held in the temporary val into interface
// type it; returns the temporary holding the interface value.
int box_value(Type *t, Type *it, int val, Node *site, const char *what) {
	int res = tmp_alloc(16, xasprintf("interface value of %s", what));
	if (pointer_shaped(t)) {
		load_rax(val);
	} else if (tsize(t) == 0) {
		emit("lea %s(%%rip), %%rax", typedesc(t));  // any non-nil address will do
	} else {
		gen_alloc(t, site, xasprintf("box %s in %s", what, type_string(it, true)));
		int box = tmp_alloc(8, "box");
		save_rax(box);
		emit("mov %%rax, %%rdi");
		emit("lea %d(%%rbp), %%rax", val);
		load(t);
		store(t);
		load_rax(box);
	}
	emit("mov %%rax, %d(%%rbp)", res + 8);
	if (type_under(it)->methods.len)
		emit("lea %s(%%rip), %%rax", itab_symbol(t, it));
	else
		emit("lea %s(%%rip), %%rax", typedesc(t));
	emit("mov %%rax, %d(%%rbp)", res);
	return res;
}

static void gen_toiface(Node *e) {
	Node *x = e->lhs;
	if (type_is_interface(type_under(x->type))) {
		gen_iface_conv(x, e->type, e);
		return;
	}
	int val = gen_expr_temp(x);
	int res = box_value(x->type, e->type, val, e, expr_text(x));
	emit("lea %d(%%rbp), %%rax", res);
}

// ---- the expression dispatcher ----

int gen_expr_temp(Node *e) {
	gen_expr(e);
	return to_temp(e->type);
}

void gen_expr(Node *e) {
	if (!e) {
		emit("xor %%eax, %%eax");
		return;
	}
	if (e->is_const && gen_const(e))
		return;
	switch (e->kind) {
	case ND_PAREN:
		gen_expr(e->lhs);
		return;
	case ND_IDENT:
		if (e->obj && e->obj->kind == OBJ_VAR) {
			gen_var_addr(e->obj);
			load(e->type);
			return;
		}
		if (e->obj && e->obj->kind == OBJ_NIL) {
			gen_nil(e->type);
			return;
		}
		if (e->obj && e->obj->kind == OBJ_FUNC) {
			emit("lea %s..f(%%rip), %%rax", func_symbol(e->obj));
			return;
		}
		break;
	case ND_FUNCNAME:
		if (!e->obj) {
			unsupported(e->pos, "method expression of an interface method");
			return;
		}
		emit("lea %s..f(%%rip), %%rax", func_symbol(e->obj));
		return;
	case ND_NIL:
		gen_nil(e->type);
		return;
	case ND_SELECTOR:
		gen_field_addr(e);
		load(e->type);
		return;
	case ND_INDEX:
		if (type_under(e->lhs->type)->kind == TY_MAP) {
			gen_map_index(e);
			return;
		}
		gen_index_addr(e);
		load(e->type);
		return;
	case ND_SLICEEXPR:
		gen_slice_expr(e);
		return;
	case ND_STAR: case ND_DEREF:
		gen_expr(e->lhs);
		nil_check("%rax");
		load(e->type);
		return;
	case ND_ADDR:
		gen_address_of(e);
		return;
	case ND_UNARY:
		gen_unary(e);
		return;
	case ND_BINARY:
		gen_binary(e);
		return;
	case ND_CONV:
		gen_conv(e);
		return;
	case ND_TOIFACE:
		gen_toiface(e);
		return;
	case ND_COMPOSITE:
		gen_composite(e);
		return;
	case ND_FUNCLIT:
		gen_funclit(e);
		return;
	case ND_CALL:
		gen_call(e);
		return;
	case ND_BUILTIN:
		gen_builtin(e);
		return;
	case ND_METHODVAL:
		gen_methodval(e);
		return;
	case ND_TYPEASSERT:
		gen_typeassert(e);
		return;
	default:
		break;
	}
	unsupported(e->pos, node_kind_name(e->kind));
	emit("xor %%eax, %%eax");
}

// Jumps to label when the boolean e is `when`; && || ! short-circuit.
void gen_cond_jump(Node *e, bool when, const char *label) {
	Node *x = skip_parens(e);
	if (x->kind == ND_UNARY && op_of(x->op) == OP_NOT && !x->is_const) {
		gen_cond_jump(x->lhs, !when, label);
		return;
	}
	if (x->kind == ND_BINARY && !x->is_const) {
		Op op = op_of(x->op);
		if (op == OP_LAND || op == OP_LOR) {
			bool is_and = op == OP_LAND;
			if (is_and != when) {  // either operand decides alone
				gen_cond_jump(x->lhs, when, label);
				gen_cond_jump(x->rhs, when, label);
			} else {
				char *skip = new_label("cond");
				gen_cond_jump(x->lhs, !when, skip);
				gen_cond_jump(x->rhs, when, label);
				emit_label(skip);
			}
			return;
		}
	}
	gen_expr(x);
	emit("test %%rax, %%rax");
	emit("%s %s", when ? "jnz" : "jz", label);
}
