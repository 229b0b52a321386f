// gen_string.c - strings: the literal pool, concatenation (all operands
// of a chain a+b+c in one runtime call), comparisons, and conversions
// between strings, byte and rune slices and runes.
#include <string.h>
#include "cg.h"
#include "intern.h"

typedef struct StrLit {
	const char *s;
	size_t len;
} StrLit;
static Vec pool;
static PtrMap index_of; // interned contents -> pool index + 1

int string_literal(const char *s, size_t len) {
	const char *key = intern_n(s, len);
	intptr_t i = (intptr_t)ptrmap_get(&index_of, key);
	if (i)
		return (int)i - 1;
	StrLit *l = xcalloc(1, sizeof(StrLit));
	l->s = s;
	l->len = len;
	vec_push(&pool, l);
	ptrmap_put(&index_of, key, (void *)(intptr_t)pool.len);
	return pool.len - 1;
}

void gen_string_const(const char *s, size_t len) {
	emit("lea .Lstr.%d(%%rip), %%rax", string_literal(s, len));
}

// s[0..len) and a NUL as a .byte line of decimal numbers, written a
// chunk at a time (a literal's bytes are most of this table).
static void put_decimal_bytes(FILE *out, const char *s, size_t len) {
	char buf[4096];
	size_t n = sizeof "\t.byte " - 1;
	memcpy(buf, "\t.byte ", n);
	for (size_t k = 0; k <= len; k++) {
		if (n > sizeof buf - 8) {
			put_text(out, buf, n);
			n = 0;
		}
		unsigned c = k < len ? (unsigned char)s[k] : 0;
		if (c >= 100)
			buf[n++] = (char)('0' + c / 100);
		if (c >= 10)
			buf[n++] = (char)('0' + c / 10 % 10);
		buf[n++] = (char)('0' + c % 10);
		buf[n++] = k < len ? ',' : '\n';
	}
	put_text(out, buf, n);
}

// The bytes go to .rodata; each literal also gets a string header
// {ptr, len} so that it can be used by address like any string value.
void emit_strings(void) {
	fformat(cg.out, "\n# string literals\n\t.section .rodata\n");
	for (int i = 0; i < pool.len; i++) {
		StrLit *l = pool.data[i];
		fformat(cg.out, ".Lstrdata.%d:\n", i);
		put_decimal_bytes(cg.out, l->s, l->len);
	}
	fformat(cg.out, "\t.section .data.rel.ro\n\t.balign 8\n");
	for (int i = 0; i < pool.len; i++) {
		StrLit *l = pool.data[i];
		fformat(cg.out, ".Lstr.%d:\t# \"", i);
		for (size_t k = 0; k < l->len && k < 40; k++) {
			unsigned char c = (unsigned char)l->s[k];
			putc_unlocked(c >= 32 && c < 127 && c != '"' && c != '\\' ? c : '.', cg.out);
		}
		fformat(cg.out, "\"\n\t.quad .Lstrdata.%d, %zu\n", i, l->len);
	}
}

static bool is_concat(Node *e) {
	while (e->kind == ND_PAREN)
		e = e->lhs;
	return e->kind == ND_BINARY && !e->is_const && e->op == OP_ADD &&
	       type_under(e->type)->kind == TY_STRING;
}

static void collect_parts(Node *e, Vec *parts) {
	while (e->kind == ND_PAREN)
		e = e->lhs;
	if (is_concat(e)) {
		collect_parts(e->lhs, parts);
		collect_parts(e->rhs, parts);
	} else {
		vec_push(parts, e);
	}
}

static void concat_call(int parts, int n, Node *e) {
	int dst = tmp_alloc(16, "concatenation");
	emit("lea %d(%%rbp), %%rdi", dst);
	emit("lea %d(%%rbp), %%rsi", parts);
	emit("mov $%d, %%edx", n);
	alloc_call("runtime_concatstrings", e ? e->pos : (Pos){0}, e ? expr_text(e) : "+= (string concatenation)");
	emit("lea %d(%%rbp), %%rax", dst);
}

void gen_string_concat(Node *e) {
	Vec parts = {0};
	collect_parts(e, &parts);
	int arr = tmp_alloc(16 * parts.len, frame_text("%d operands of +", parts.len));
	for (int pass = 0; pass < 2; pass++)  // as gc: the operands that call first
		for (int i = 0; i < parts.len; i++) {
			if (has_effects(parts.data[i]) != (pass == 0))
				continue;
			gen_expr(parts.data[i]);
			emit("lea %d(%%rbp), %%rdi", arr + 16 * i);
			copy_mem(16);
		}
	emit_comment_text(alloc_verdict(e));
	concat_call(arr, parts.len, e);
}

// lhs (a temporary) + the string at %rax, for s += t
void gen_string_concat2(int lhs_off) {
	int arr = tmp_alloc(32, "operands of +=");
	emit("lea %d(%%rbp), %%rdi", arr + 16);
	copy_mem(16);
	emit("lea %d(%%rbp), %%rax", lhs_off);
	emit("lea %d(%%rbp), %%rdi", arr);
	copy_mem(16);
	concat_call(arr, 2, NULL);
}

void gen_string_compare(Op op, int lhs_off) {
	emit("mov %%rax, %%rsi");
	emit("lea %d(%%rbp), %%rdi", lhs_off);
	if (op == OP_EQ || op == OP_NE) {
		emit("call runtime_eqstring");
		emit("movzbl %%al, %%eax");
		if (op == OP_NE)
			emit("xor $1, %%eax");
		return;
	}
	emit("call runtime_cmpstring");
	emit("cmp $0, %%rax");
	const char *set = op == OP_LT ? "setl" : op == OP_LE ? "setle" : op == OP_GT ? "setg" : "setge";
	emit("%s %%al", set);
	emit("movzbl %%al, %%eax");
}

static bool is_rune_slice(Type *t) {
	Type *u = type_under(t);
	return u->kind == TY_SLICE && type_under(u->elem)->kind == TY_INT32;
}

void gen_string_conv(Node *e) {
	Type *from = type_under(e->lhs->type), *to = type_under(e->type);
	if (to->kind == TY_SLICE && e->lhs->is_const && node_cval(e->lhs)->kind == CV_STRING) {
		gen_const_string_slice(e);
		return;
	}
	int src = gen_expr_temp(e->lhs);
	int dst = tmp_alloc(to->kind == TY_STRING ? 16 : 24, "conversion");
	const char *fn;
	if (to->kind == TY_STRING) {
		if (type_is_integer(from)) {
			emit("lea %d(%%rbp), %%rdi", dst);
			emit("mov %d(%%rbp), %%rsi", src);
			alloc_call("runtime_intstring", e->pos, expr_text(e));
			emit("lea %d(%%rbp), %%rax", dst);
			return;
		}
		fn = is_rune_slice(from) ? "runtime_slicerunetostring" : "runtime_slicebytetostring";
	} else {
		bool runes = is_rune_slice(to);
		if (node_is_stack(e) && !e->lhs->is_const) {
			// Go's 32-element stack buffer: cap 32 when the result fits
			int buf = tmp_alloc(runes ? 128 : 32, "conversion buffer (stack)");
			tmp_pin();
			emit_comment_text(alloc_verdict(e));
			emit("lea %d(%%rbp), %%rdi", dst);
			emit("lea %d(%%rbp), %%rsi", src);
			emit("lea %d(%%rbp), %%rdx", buf);
			emit("call %s", runes ? "runtime_stringtoslicerune_buf" : "runtime_stringtoslicebyte_buf");
			emit("lea %d(%%rbp), %%rax", dst);
			return;
		}
		fn = runes ? "runtime_stringtoslicerune" : "runtime_stringtoslicebyte";
	}
	emit_comment_text(alloc_verdict(e));
	emit("lea %d(%%rbp), %%rdi", dst);
	emit("lea %d(%%rbp), %%rsi", src);
	alloc_call(fn, e->pos, expr_text(e));
	emit("lea %d(%%rbp), %%rax", dst);
}
