// gen_arith.c - binary operators: integer, pointer and float arithmetic,
// shifts, comparisons (as values and as conditional jumps), && and ||,
// and equality of every comparable type.
//
// The left operand ends in %rax; the right one is named directly when it
// can be ($imm, a variable's slot: see operand.c), else it is computed into
// %rcx. Only when both sides need code does the left one go through a
// frame temporary. Constant operands get the cheap forms: shifts by an
// immediate, multiplication by shifts or `imul $k`, division by a
// non-zero constant without the run-time checks.
#include <string.h>
#include "cg.h"

static Node *skip_parens(Node *e) {
	while (e && e->kind == ND_PAREN)
		e = e->lhs;
	return e;
}

// The right operand of an operation whose left one is in %rax.
typedef struct Rhs {
	const char *text;  // "$imm", a memory operand, or "%rcx"
	bool is_imm;
	int64_t imm;
} Rhs;

static const Rhs RHS_RCX = {"%rcx", false, 0};

// Scalars the integer instructions handle (floats, strings and the other
// aggregates have their own code).
static bool is_word(Type *t) {
	return t && !is_agg(t) && !is_float(t);
}

// Evaluates lhs into %rax and makes rhs available. Variables are read
// after the calls of the other operand, as gc does (it evaluates calls,
// and len and cap, first).
static Rhs gen_operands(Node *lhs, Node *rhs) {
	int64_t v;
	const char *direct = direct_operand(rhs);
	if (direct) {
		gen_expr(lhs);
		Rhs r = {direct, false, 0};
		if (int_const(rhs, &v)) {
			r.is_imm = true;
			r.imm = v;
		}
		return r;
	}
	if (is_simple(rhs)) {
		gen_expr(lhs);
		load_simple(rhs, "%rcx");
		return RHS_RCX;
	}
	if (is_simple(lhs) && !has_effects(lhs)) {  // len(x) keeps its place, as in gc
		gen_expr(rhs);
		emit_text("mov %rax, %rcx");
		load_simple(lhs, "%rax");
		return RHS_RCX;
	}
	if (has_effects(rhs) && !has_effects(lhs)) {  // as gc: the call first, the variables after
		int r = gen_expr_temp(rhs);
		gen_expr(lhs);
		emit("mov %d(%%rbp), %%rcx", r);
		return RHS_RCX;
	}
	int l = gen_expr_temp(lhs);
	gen_expr(rhs);
	emit_text("mov %rax, %rcx");
	load_rax(l);
	return RHS_RCX;
}

static void rhs_to_rcx(Rhs r) {
	if (strcmp(r.text, "%rcx") != 0)
		emit("mov %s, %%rcx", r.text);
}

static int log2_exact(int64_t v) {
	if (v <= 0 || (v & (v - 1)))
		return -1;
	return __builtin_ctzll((unsigned long long)v);
}

// ---- floats ----

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

// Sets the flags for lhs (%rax) against rhs (%rcx) so that `a`/`ae`
// conditions mean op holds (unordered operands: false). EQ and NE also
// need the parity flag.
static void float_flags(Op op, bool f32) {
	emit(f32 ? "movd %%eax, %%xmm0" : "movq %%rax, %%xmm0");
	emit(f32 ? "movd %%ecx, %%xmm1" : "movq %%rcx, %%xmm1");
	const char *ucom = f32 ? "ucomiss" : "ucomisd";
	if (op == OP_LT || op == OP_LE)
		emit("%s %%xmm0, %%xmm1", ucom);  // rhs > lhs
	else
		emit("%s %%xmm1, %%xmm0", ucom);
}

// After ucomiss/ucomisd: %al = whether the operands are equal (ne: not
// equal); an unordered pair (a NaN) is never equal. Shared with ssa/gen.c.
void float_eq_to_al(bool ne) {
	if (ne) {
		emit_text("setne %al");
		emit_text("setp %cl");
		emit_text("or %cl, %al");
	} else {
		emit_text("sete %al");
		emit_text("setnp %cl");
		emit_text("and %cl, %al");
	}
}

static void gen_float_compare(Op op, bool f32) {
	float_flags(op, f32);
	switch (op) {
	case OP_EQ: case OP_NE: float_eq_to_al(op == OP_NE); break;
	case OP_LT: case OP_GT: emit_text("seta %al"); break;
	case OP_LE: case OP_GE: emit_text("setae %al"); break;
	default: break;
	}
	emit_text("movzbl %al, %eax");
}

// ---- integers ----

// %rax = %rax op %rcx (OP_DIV, OP_REM) with Go's rules: a zero divisor
// panics (cold path), MinInt64 / -1 wraps. Also the SSA back end's.
void divmod_rax(Op op, bool uns) {
	emit_text("test %rcx, %rcx");
	const char *cold = cold_path("\tcall runtime_panicdivide\n");
	if (cold) {
		emit("jz %s", cold);
	} else {
		emit_text("jnz 1f");
		emit_text("call runtime_panicdivide");
		fputs("1:\n", cg.text);
	}
	if (uns) {
		emit_text("xor %edx, %edx");
		emit_text("div %rcx");
	} else {
		// idiv traps on MinInt64 / -1; Go wraps: x / -1 = -x, x % -1 = 0
		char *normal = new_label("div"), *done = new_label("divdone");
		emit_text("cmp $-1, %rcx");
		emit("jne %s", normal);
		if (op == OP_DIV)
			emit_text("neg %rax");
		else
			emit_text("xor %edx, %edx");
		emit("jmp %s", done);
		emit_label(normal);
		emit_text("cqo");
		emit_text("idiv %rcx");
		emit_label(done);
	}
	if (op == OP_REM)
		emit_text("mov %rdx, %rax");
}

// %rax = %rax / d or %rax % d for a divisor d that is not a power of two
// (unsigned, or signed and positive), without a divide instruction (tens
// of cycles): a multiplication by a fixed-point reciprocal of d, keeping
// the high word, then shifts (Granlund and Montgomery, "Division by
// invariant integers using multiplication", 1994, figures 4.1 and 5.1).
// l = ceil(log2 d); the reciprocal m is 65 bits wide, and only its low 64
// bits are multiplied, its top bit added back as one more n.
static void divmod_rax_magic(Op op, bool uns, int64_t d) {
	uint64_t ud = (uint64_t)d;
	int l = 64 - __builtin_clzll(ud - 1);
	emit_text("mov %rax, %rcx  # n");
	if (uns) {
		// t = (m - 2^64) * n >> 64; q = (t + (n - t) / 2) >> (l - 1)
		unsigned __int128 m = ((((unsigned __int128)1 << l) - ud) << 64) / ud + 1;
		emit("movabs $%llu, %%rdx  # 2^64 * (2^%d - %llu) / %llu + 1", (unsigned long long)m, l,
		     (unsigned long long)ud, (unsigned long long)ud);
		emit_text("mul %rdx");
		emit_text("mov %rcx, %rax");
		emit_text("sub %rdx, %rax");
		emit_text("shr $1, %rax");
		emit_text("add %rdx, %rax");
		if (l > 1)
			emit("shr $%d, %%rax  # n / %llu", l - 1, (unsigned long long)ud);
	} else {
		// q = ((n + (m - 2^64) * n >> 64) >> (l - 1)) - (n < 0 ? -1 : 0)
		unsigned __int128 m = ((unsigned __int128)1 << (63 + l)) / ud + 1;
		emit("movabs $%lld, %%rdx  # 2^%d / %lld + 1 - 2^64", (long long)(int64_t)(uint64_t)m, 63 + l, (long long)d);
		emit_text("imul %rdx");
		emit_text("add %rcx, %rdx");
		if (l > 1)
			emit("sar $%d, %%rdx", l - 1);
		emit_text("mov %rcx, %rax");
		emit_text("sar $63, %rax");
		emit_text("sub %rax, %rdx");
		emit("mov %%rdx, %%rax  # n / %lld", (long long)d);
	}
	if (op != OP_REM)
		return;
	if (is_imm32(d)) {
		emit("imul $%lld, %%rax, %%rax", (long long)d);
	} else {
		emit("movabs $%lld, %%rdx", (long long)d);
		emit_text("imul %rdx, %rax");
	}
	emit_text("sub %rax, %rcx");
	emit("mov %%rcx, %%rax  # n %% %llu", (unsigned long long)ud);
}

// Division by a constant other than 0 and -1: no checks; powers of two
// by shifts (signed: rounding toward zero by adding 2^k-1 to negatives),
// the others by a multiplication (above) but for negative signed divisors.
void divmod_rax_const(Op op, bool uns, int64_t d) {
	int k = log2_exact(d);
	if (k == 0) {
		if (op == OP_REM)
			emit_text("xor %eax, %eax");
		return;
	}
	if (k > 0 && uns) {
		if (op == OP_DIV)
			emit("shr $%d, %%rax", k);
		else
			emit("and $%lld, %%rax", (long long)(d - 1));
		return;
	}
	if (k > 0) {
		emit_text("mov %rax, %rdx");
		if (k > 1)  // the sign smeared over the word; for 2^1 the sign bit alone is 2^1-1
			emit_text("sar $63, %rdx");
		emit("shr $%d, %%rdx  # 2^%d-1 for negative dividends", 64 - k, k);
		if (op == OP_DIV) {
			emit_text("add %rdx, %rax");
			emit("sar $%d, %%rax", k);
		} else {
			emit_text("lea (%rax,%rdx), %rcx");
			emit("and $%lld, %%rcx", (long long)-d);
			emit_text("sub %rcx, %rax");
		}
		return;
	}
	if (uns || d > 0) {
		divmod_rax_magic(op, uns, d);
		return;
	}
	emit("mov $%lld, %%rcx", (long long)d);
	emit_text("cqo");
	emit_text("idiv %rcx");
	if (op == OP_REM)
		emit_text("mov %rdx, %rax");
}

// %rax = %rax shifted by %rcx with Go's rules (a count >= 64 shifts
// everything out; signed_count: a negative count panics).
void shift_rax(Op op, bool arith, bool signed_count) {
	if (signed_count) {
		emit_text("test %rcx, %rcx");
		emit_text("jns 1f");
		emit_text("call runtime_panicshift");
		fputs("1:\n", cg.text);
	}
	char *ok = new_label("shift");
	emit_text("cmp $64, %rcx");
	emit("jb %s", ok);
	if (arith)
		emit_text("mov $63, %ecx");
	else
		emit_text("xor %eax, %eax");  // every bit shifted out (%cl & 63 would not)
	emit_label(ok);
	if (!arith) {
		char *done = new_label("shiftdone");
		emit_text("cmp $64, %rcx");
		emit("jae %s", done);
		emit("%s %%cl, %%rax", op == OP_SHL ? "shl" : "shr");
		emit_label(done);
	} else {
		emit_text("sar %cl, %rax");
	}
}

// A constant count is never negative (the checker rejects it).
void shift_const(Op op, bool arith, int64_t n, const char *reg) {
	if (n >= 64) {
		if (arith)
			emit("sar $63, %s", reg);
		else
			emit("xor %s, %s", reg_sized(reg, 4), reg_sized(reg, 4));
	} else if (n > 0) {
		emit("%s $%lld, %s", op == OP_SHL ? "shl" : arith ? "sar" : "shr", (long long)n, reg);
	}
}

static const char *cond_code(Op op, bool uns) {
	switch (op) {
	case OP_EQ: return "e";
	case OP_NE: return "ne";
	case OP_LT: return uns ? "b" : "l";
	case OP_LE: return uns ? "be" : "le";
	case OP_GT: return uns ? "a" : "g";
	case OP_GE: return uns ? "ae" : "ge";
	default: return "e";
	}
}

static Op negate_cmp(Op op) {
	switch (op) {
	case OP_EQ: return OP_NE;
	case OP_NE: return OP_EQ;
	case OP_LT: return OP_GE;
	case OP_LE: return OP_GT;
	case OP_GT: return OP_LE;
	case OP_GE: return OP_LT;
	default: return op;
	}
}

static bool is_cmp(Op op) {
	return op >= OP_EQ && op <= OP_GE;
}

static bool unsigned_cmp(Type *t) {
	return type_is_unsigned(type_under(t)) || type_under(t)->kind == TY_PTR || type_under(t)->kind == TY_UNSAFEPTR;
}

// cmp for a comparison of words: `test` against zero.
static void word_compare(Rhs r) {
	if (r.is_imm && r.imm == 0)
		emit_text("test %rax, %rax");
	else
		emit("cmp %s, %%rax", r.text);
}

// %rax = %rax op rhs for word-sized scalars; t is the operand type, count_type
// the type of a shift count.
static void word_op(Op op, Type *t, Type *count_type, Rhs r) {
	switch (op) {
	case OP_ADD: emit("add %s, %%rax", r.text); break;
	case OP_SUB: emit("sub %s, %%rax", r.text); break;
	case OP_AND: emit("and %s, %%rax", r.text); break;
	case OP_OR: emit("or %s, %%rax", r.text); break;
	case OP_XOR: emit("xor %s, %%rax", r.text); break;
	case OP_MUL:
		if (r.is_imm && log2_exact(r.imm) >= 0) {
			if (r.imm > 1)
				emit("shl $%d, %%rax", log2_exact(r.imm));
		} else if (r.is_imm) {
			emit("imul %s, %%rax, %%rax", r.text);
		} else {
			emit("imul %s, %%rax", r.text);
		}
		break;
	case OP_ANDNOT:
		if (r.is_imm) {
			emit("and $%lld, %%rax", (long long)~r.imm);
		} else {
			rhs_to_rcx(r);
			emit_text("not %rcx");
			emit_text("and %rcx, %rax");
		}
		break;
	case OP_DIV: case OP_REM:
		if (r.is_imm && r.imm != 0 && r.imm != -1) {
			divmod_rax_const(op, type_is_unsigned(type_under(t)), r.imm);
		} else {
			rhs_to_rcx(r);
			divmod_rax(op, type_is_unsigned(type_under(t)));
		}
		break;
	case OP_SHL: case OP_SHR:
		if (r.is_imm) {
			shift_const(op, op == OP_SHR && !type_is_unsigned(type_under(t)), r.imm, "%rax");
		} else {
			rhs_to_rcx(r);
			shift_rax(op, op == OP_SHR && !type_is_unsigned(type_under(t)), count_type && is_signed_int(count_type));
		}
		break;
	case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
		word_compare(r);
		emit("set%s %%al", cond_code(op, unsigned_cmp(t)));
		emit_text("movzbl %al, %eax");
		return;
	default: break;
	}
	normalize(t);
}

// %rax = %rax op rhs for arithmetic and ordered comparisons of scalars.
static void scalar_op(Op op, Type *t, Type *count_type, Rhs r) {
	if (is_float(t)) {
		rhs_to_rcx(r);
		if (is_cmp(op))
			gen_float_compare(op, type_under(t)->kind == TY_FLOAT32);
		else
			gen_float_op(op, type_under(t)->kind == TY_FLOAT32);
		return;
	}
	word_op(op, t, count_type, r);
}

void gen_op_rcx(Op op, Type *t, Type *count_type) {
	scalar_op(op, t, count_type, RHS_RCX);
}

// %rax = lhs (a temporary) op %rax, for arithmetic and ordered comparisons
// of scalars and strings, and complex arithmetic. t is the operand type; count_type the type of a shift count.
void gen_binop_values(Op op, Type *t, Type *count_type, int lhs_off) {
	if (type_under(t)->kind == TY_STRING) {
		if (op == OP_ADD) {
			gen_string_concat2(lhs_off);
			return;
		}
		gen_string_compare(op, lhs_off);
		return;
	}
	if (type_is_complex(t)) {
		gen_complex_op(op, t, lhs_off);
		return;
	}
	emit_text("mov %rax, %rcx");
	load_rax(lhs_off);
	scalar_op(op, t, count_type, RHS_RCX);
}

// ---- in-place compound assignment ----

bool inplace_op(Op op, Type *t) {
	return is_word(t) && (op == OP_ADD || op == OP_SUB || op == OP_AND || op == OP_OR || op == OP_XOR);
}

// mem op= src (src: "$imm" or a 64-bit register name), at t's width.
void gen_inplace_op(Op op, Type *t, const char *src, const char *mem) {
	static const char *const names[] = {[OP_ADD] = "add", [OP_SUB] = "sub", [OP_AND] = "and",
	                                    [OP_OR] = "or", [OP_XOR] = "xor"};
	int64_t size = tsize(t);
	if (src[0] == '$')
		emit("%s%c %s, %s", names[op], size_suffix(size), src, mem);
	else
		emit("%s %s, %s", names[op], reg_sized(src, size), mem);
}

// ---- equality ----

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
			emit_text("mov %rax, %rsi");
			for (int k = 0; k < 2; k++) {
				int dst = k ? b : a;
				if (k == 0)
					emit("lea %d(%%rbp), %%rsi", lhs_off);
				emit_text("mov (%rsi), %rcx");
				emit_text("test %rcx, %rcx");
				emit_text("jz 1f");
				emit_text("mov (%rcx), %rcx");
				fputs("1:\n", cg.text);
				emit("mov %%rcx, %d(%%rbp)", dst);
				emit_text("mov 8(%rsi), %rcx");
				emit("mov %%rcx, %d(%%rbp)", dst + 8);
				if (k == 0)
					emit_text("mov %rax, %rsi");
			}
			emit("lea %d(%%rbp), %%rdi", a);
			emit("lea %d(%%rbp), %%rsi", b);
		} else {
			emit_text("mov %rax, %rsi");
			emit("lea %d(%%rbp), %%rdi", lhs_off);
		}
		emit_text("call runtime_efaceeq");
		emit_text("movzbl %al, %eax");
		break;
	case TY_STRUCT: case TY_ARRAY:
		emit_text("mov %rax, %rdx");
		emit("lea %d(%%rbp), %%rsi", lhs_off);
		emit("lea %s(%%rip), %%rdi", typedesc(t));
		emit_text("call runtime_valueeq");
		emit_text("movzbl %al, %eax");
		break;
	case TY_COMPLEX64: case TY_COMPLEX128:
		gen_complex_eq(t, lhs_off);
		break;
	case TY_SLICE:  // only against nil
		emit_text("mov (%rax), %rax");
		emit("cmp %d(%%rbp), %%rax", lhs_off);
		emit_text("sete %al");
		emit_text("movzbl %al, %eax");
		break;
	default:
		gen_binop_values(OP_EQ, t, NULL, lhs_off);
		break;
	}
	if (negate)
		emit_text("xor $1, %eax");
}

// x == nil for slices, maps, funcs, interfaces, pointers: the first word
// goes to %rax (NULL when the comparison is not against nil).
static Node *nil_compared(Node *e, Op op) {
	Type *u = type_under(e->lhs->type);
	if ((op == OP_EQ || op == OP_NE) && (is_nil(e->lhs) || is_nil(e->rhs)) &&
	    (u->kind == TY_SLICE || u->kind == TY_INTERFACE || !is_agg(e->lhs->type))) {
		Node *x = is_nil(e->rhs) ? e->lhs : e->rhs;
		gen_expr(x);
		if (is_agg(x->type))
			emit_text("mov (%rax), %rax");
		emit_text("test %rax, %rax");
		return x;
	}
	return NULL;
}

static void gen_compare(Node *e, Op op) {
	Type *t = e->lhs->type;
	if (nil_compared(e, op)) {
		emit("set%s %%al", op == OP_EQ ? "e" : "ne");
		emit_text("movzbl %al, %eax");
		return;
	}
	if (!is_agg(t)) {
		scalar_op(op, t, NULL, gen_operands(e->lhs, e->rhs));
		return;
	}
	int l;
	if (has_effects(e->rhs) && !has_effects(e->lhs)) {  // as gc: the call first, the variables after
		int r = gen_expr_temp(e->rhs);
		l = gen_expr_temp(e->lhs);
		emit("lea %d(%%rbp), %%rax", r);
		if (!is_agg(e->rhs->type))
			load(e->rhs->type);
	} else {
		l = gen_expr_temp(e->lhs);
		gen_expr(e->rhs);
	}
	if ((op == OP_EQ || op == OP_NE) && needs_mixed_eq(t, e->rhs->type))
		gen_mixed_eq(t, l, e->rhs->type, op == OP_NE);
	else if (op == OP_EQ || op == OP_NE)
		gen_eq(t, l, op == OP_NE);
	else
		gen_binop_values(op, t, NULL, l);
}

static void gen_logical(Node *e, Op op) {
	char *done = new_label(op == OP_LAND ? "and" : "or");
	gen_expr(e->lhs);
	emit_text("test %rax, %rax");
	emit("%s %s", op == OP_LAND ? "jz" : "jnz", done);
	gen_expr(e->rhs);
	emit_label(done);
}

void gen_binary(Node *e) {
	Op op = e->op;
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
	if (type_is_complex(e->type)) {
		gen_complex_binary(e, op);
		return;
	}
	scalar_op(op, e->type, e->rhs->type, gen_operands(e->lhs, e->rhs));
}

// ---- conditions ----

// A comparison jumping straight to label when its outcome is `when`,
// without materialising the boolean. False for the comparisons that need
// a value (strings, aggregates, float equality).
static bool compare_jump(Node *x, Op op, bool when, const char *label) {
	Type *t = x->lhs->type;
	if (nil_compared(x, op)) {
		emit("j%s %s", cond_code(when ? op : negate_cmp(op), false), label);
		return true;
	}
	if (is_word(t)) {
		word_compare(gen_operands(x->lhs, x->rhs));
		emit("j%s %s", cond_code(when ? op : negate_cmp(op), unsigned_cmp(t)), label);
		return true;
	}
	if (is_float(t) && op != OP_EQ && op != OP_NE) {
		rhs_to_rcx(gen_operands(x->lhs, x->rhs));
		float_flags(op, type_under(t)->kind == TY_FLOAT32);
		bool strict = op == OP_LT || op == OP_GT;
		// unordered (NaN) sets CF: the `a` conditions are false for it
		emit("j%s %s", when ? (strict ? "a" : "ae") : (strict ? "be" : "b"), label);
		return true;
	}
	return false;
}

// Jumps to label when the boolean e is `when`; && || ! short-circuit.
void gen_cond_jump(Node *e, bool when, const char *label) {
	Node *x = skip_parens(e);
	if (x->kind == ND_UNARY && x->op == OP_NOT && !x->is_const) {
		gen_cond_jump(x->lhs, !when, label);
		return;
	}
	if (x->kind == ND_BINARY && !x->is_const) {
		Op op = x->op;
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
		if (is_cmp(op) && compare_jump(x, op, when, label))
			return;
	}
	int64_t v;
	if (int_const(x, &v)) {  // `for true`, `if false`
		if ((v != 0) == when)
			emit("jmp %s", label);
		return;
	}
	gen_expr(x);
	emit_text("test %rax, %rax");
	emit("%s %s", when ? "jnz" : "jz", label);
}
