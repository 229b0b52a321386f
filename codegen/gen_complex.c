// gen_complex.c - complex64 and complex128: constants, complex(),
// real(), imag(), + - * (products computed in float64, as gc does), /
// (runtime_complex128div, Go's inf/NaN rules), unary -, == and !=, and
// conversions between the two sizes. A complex value is an aggregate
// {re, im} of two float32 or float64 (by address in %rax, like structs).
#include <string.h>
#include "cg.h"

static bool is_c64(Type *t) {
	return type_under(t)->kind == TY_COMPLEX64;
}

static int part_size(Type *t) {
	return is_c64(t) ? 4 : 8;
}

// %xmm<re>, %xmm<im> = the parts of the complex of type t at off(base).
static void load_parts(Type *t, const char *base, int64_t off, int re, int im) {
	const char *mov = is_c64(t) ? "movss" : "movsd";
	emit("%s %lld(%s), %%xmm%d", mov, (long long)off, base, re);
	emit("%s %lld(%s), %%xmm%d", mov, (long long)(off + part_size(t)), base, im);
}

static void store_parts(Type *t, const char *base, int64_t off, int re, int im) {
	const char *mov = is_c64(t) ? "movss" : "movsd";
	emit("%s %%xmm%d, %lld(%s)", mov, re, (long long)off, base);
	emit("%s %%xmm%d, %lld(%s)", mov, im, (long long)(off + part_size(t)), base);
}

// The bits of the complex constant re+im i of type t as it lies in
// memory: complex64's two float32 parts both in w[0].
void complex_const_bits(Type *t, double re, double im, uint64_t w[2]) {
	if (is_c64(t)) {
		float parts[2] = {(float)re, (float)im};
		memcpy(&w[0], parts, 8);
		w[1] = 0;
	} else {
		memcpy(&w[0], &re, 8);
		memcpy(&w[1], &im, 8);
	}
}

// A complex constant: its bits stored into a temporary.
void gen_complex_const(Type *t, double re, double im) {
	int res = tmp_alloc(tsize(t), "complex constant");
	uint64_t w[2];
	complex_const_bits(t, re, im, w);
	for (int k = 0; k < tsize(t) / 8; k++) {
		emit("movabs $%llu, %%rcx", (unsigned long long)w[k]);
		emit("mov %%rcx, %d(%%rbp)", res + 8 * k);
	}
	emit("lea %d(%%rbp), %%rax", res);
}

void gen_complex_binary(Node *e, Op op) {
	int l = gen_expr_temp(e->lhs);
	gen_expr(e->rhs);
	gen_complex_op(op, e->type, l);
}

// Like gc, complex64 products and quotients are computed in complex128:
// the four parts (%xmm0-3) widened before, the result (%xmm0-1) narrowed
// after.
static void widen_c64_operands(Type *t) {
	if (is_c64(t))
		for (int r = 0; r < 4; r++)
			emit("cvtss2sd %%xmm%d, %%xmm%d", r, r);
}

static void narrow_c64_result(Type *t) {
	if (is_c64(t)) {
		emit("cvtsd2ss %%xmm0, %%xmm0");
		emit("cvtsd2ss %%xmm1, %%xmm1");
	}
}

void gen_complex_op(Op op, Type *t, int l) {
	const char *sfx = is_c64(t) ? "ss" : "sd";
	load_parts(t, "%rbp", l, 0, 1);    // a + bi
	load_parts(t, "%rax", 0, 2, 3);    // c + di
	switch (op) {
	case OP_ADD: case OP_SUB: {
		const char *name = op == OP_ADD ? "add" : "sub";
		emit("%s%s %%xmm2, %%xmm0", name, sfx);
		emit("%s%s %%xmm3, %%xmm1", name, sfx);
		break;
	}
	case OP_MUL:
		widen_c64_operands(t);
		emit("movapd %%xmm0, %%xmm4");
		emit("mulsd %%xmm2, %%xmm4  # ac");
		emit("movapd %%xmm1, %%xmm5");
		emit("mulsd %%xmm3, %%xmm5  # bd");
		emit("subsd %%xmm5, %%xmm4  # re = ac - bd");
		emit("mulsd %%xmm3, %%xmm0  # ad");
		emit("mulsd %%xmm2, %%xmm1  # bc");
		emit("addsd %%xmm0, %%xmm1  # im = ad + bc");
		emit("movapd %%xmm4, %%xmm0");
		narrow_c64_result(t);
		break;
	case OP_DIV:
		widen_c64_operands(t);
		emit("call runtime_complex128div");
		narrow_c64_result(t);
		break;
	default:
		emit("ud2  # no complex operator %s", op_string(op));  // the checker allows none other
		break;
	}
	int res = tmp_alloc(tsize(t), "complex result");
	store_parts(t, "%rbp", res, 0, 1);
	emit("lea %d(%%rbp), %%rax", res);
}

// %rax = (lhs == rhs): lhs in a temporary, rhs by address in %rax.
void gen_complex_eq(Type *t, int lhs_off) {
	const char *ucom = is_c64(t) ? "ucomiss" : "ucomisd";
	load_parts(t, "%rbp", lhs_off, 0, 1);
	load_parts(t, "%rax", 0, 2, 3);
	emit("%s %%xmm2, %%xmm0", ucom);
	emit("sete %%al");
	emit("setnp %%cl");
	emit("and %%cl, %%al");
	emit("%s %%xmm3, %%xmm1", ucom);
	emit("sete %%dl");
	emit("setnp %%cl");
	emit("and %%cl, %%dl");
	emit("and %%dl, %%al");
	emit("movzbl %%al, %%eax");
}

// -x: both sign bits flipped.
void gen_complex_neg(Node *e) {
	Type *t = e->type;
	gen_expr(e->lhs);
	int res = tmp_alloc(tsize(t), "complex negation");
	for (int k = 0; k < 2; k++) {
		int off = k * part_size(t);
		if (is_c64(t)) {
			emit("movl %d(%%rax), %%ecx", off);
			emit("xor $0x80000000, %%ecx");
			emit("movl %%ecx, %d(%%rbp)", res + off);
		} else {
			emit("mov %d(%%rax), %%rcx", off);
			emit("btc $63, %%rcx");
			emit("mov %%rcx, %d(%%rbp)", res + off);
		}
	}
	emit("lea %d(%%rbp), %%rax", res);
}

// complex64(x) / complex128(x) of a complex x (address in %rax).
void gen_complex_conv(Type *from, Type *to) {
	if (is_c64(from) == is_c64(to))
		return;
	load_parts(from, "%rax", 0, 0, 1);
	const char *cvt = is_c64(from) ? "cvtss2sd" : "cvtsd2ss";
	emit("%s %%xmm0, %%xmm0", cvt);
	emit("%s %%xmm1, %%xmm1", cvt);
	int res = tmp_alloc(tsize(to), "complex conversion");
	store_parts(to, "%rbp", res, 0, 1);
	emit("lea %d(%%rbp), %%rax", res);
}

// complex(re, im), real(x), imag(x).
void gen_complex_builtin(Node *e) {
	if (e->builtin == BI_COMPLEX) {
		Type *t = e->type;
		int re = gen_expr_temp(node_list(e)->data[0]);
		gen_expr(node_list(e)->data[1]);
		int res = tmp_alloc(tsize(t), "complex(re, im)");
		emit("mov %d(%%rbp), %%rcx", re);
		if (is_c64(t)) {
			emit("movl %%ecx, %d(%%rbp)", res);
			emit("movl %%eax, %d(%%rbp)", res + 4);
		} else {
			emit("mov %%rcx, %d(%%rbp)", res);
			emit("mov %%rax, %d(%%rbp)", res + 8);
		}
		emit("lea %d(%%rbp), %%rax", res);
		return;
	}
	Node *x = node_list(e)->data[0];
	gen_expr(x);
	int off = e->builtin == BI_IMAG ? part_size(x->type) : 0;
	if (is_c64(x->type))
		emit("movl %d(%%rax), %%eax", off);
	else
		emit("mov %d(%%rax), %%rax", off);
}
