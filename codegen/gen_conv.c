// gen_conv.c - conversions that build or check memory rather than
// re-interpret a value: []byte / []rune of a constant string (a fresh
// [len]T array, so cap == len, as Go's walk and its []rune literal
// rewrite do) and slice -> array pointer (the length check).
#include "cg.h"
#include "utf8.h"

// Largest array Go puts on the stack for a conversion (MaxImplicitStackVarSize).
enum { MAX_IMPLICIT_STACK = 64 * 1024 };

// []byte(c) / []rune(c) for a constant string c: %rax = the slice header.
void gen_const_string_slice(Node *e) {
	Type *elem = type_under(e->type)->elem;
	bool runes = type_under(elem)->kind == TY_INT32;
	const unsigned char *s = (const unsigned char *)node_cval(e->lhs)->s;
	size_t n = node_cval(e->lhs)->slen;
	int32_t *rs = NULL;
	int64_t len = (int64_t)n;
	if (runes) {
		rs = frame_zalloc((n + 1) * sizeof(int32_t));
		len = 0;
		for (size_t i = 0; i < n; len++)
			i += (size_t)utf8_decode(s + i, n - i, &rs[len]);
	}
	Type *arr = type_array(elem, len);
	type_layout(arr);
	Node *site = tsize(arr) <= MAX_IMPLICIT_STACK ? e : NULL;
	int hdr = tmp_alloc(24, expr_text(e));
	gen_alloc(arr, site, expr_text(e));
	save_rax(hdr);
	emit("movq $%lld, %d(%%rbp)", (long long)len, hdr + 8);
	emit("movq $%lld, %d(%%rbp)", (long long)len, hdr + 16);
	if (runes) {
		for (int64_t k = 0; k < len; k++)
			emit("movl $%d, %lld(%%rax)", rs[k], (long long)(4 * k));
	} else if (n) {
		gen_string_const((const char *)s, n);
		emit("mov (%%rax), %%rax  # the constant's bytes");
		emit("mov %d(%%rbp), %%rdi", hdr);
		copy_mem((int64_t)n);
	}
	emit("lea %d(%%rbp), %%rax", hdr);
}

// (*[N]T)(s): the slice's array, after checking len(s) >= N (a nil slice
// converts to a nil pointer, which only N == 0 allows).
void gen_slice_to_array_ptr(Node *e) {
	int64_t want = type_under(type_under(e->type)->elem)->len;
	gen_expr(e->lhs);
	if (want > 0) {
		char *ok = new_label("sliceconvok");
		emit("mov $%lld, %%rcx", (long long)want);
		emit("cmp %%rcx, 8(%%rax)");
		emit("jge %s", ok);
		emit("mov 8(%%rax), %%rdi");
		emit("mov $%lld, %%rsi", (long long)want);
		emit("call runtime_panicsliceconvert");
		emit_label(ok);
	}
	emit("mov (%%rax), %%rax");
}

// An == whose operands have different types, one of them an interface:
// Go converts the other operand to that interface. The checker does so
// for a concrete operand of a comparison but leaves two different
// interface types, and switch cases, as they are.
bool needs_mixed_eq(Type *lt, Type *rt) {
	if (!lt || !rt || type_is_untyped(lt) || type_is_untyped(rt) || type_identical(lt, rt))
		return false;
	return type_is_interface(type_under(lt)) || type_is_interface(type_under(rt));
}

// %rax = (lhs == rhs) compared as interface{} values: lhs (type lt) in
// the temporary lhs_off, rhs (type rt) in %rax in its usual form.
void gen_mixed_eq(Type *lt, int lhs_off, Type *rt, bool negate) {
	int r = to_temp(rt);
	int la = assign_conv_temp(lt, ty_any, lhs_off, "== operand");
	int ra = assign_conv_temp(rt, ty_any, r, "== operand");
	emit("lea %d(%%rbp), %%rax", ra);
	gen_eq(ty_any, la, negate);
}
