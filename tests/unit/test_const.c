// test_const.c - exact constant arithmetic, representability, and the
// type representation (gc amd64 layout, Go's spelling of types).
#include <criterion/criterion.h>
#include <string.h>
#include "check.h"

static void setup(void) {
	universe_init();
}

TestSuite(constants, .init = setup);

Test(constants, int8_range) {
	ConstVal v;
	cr_assert_eq(const_represent(cv_int(127), ty_int8, &v), REPR_OK);
	cr_assert_eq(const_represent(cv_int(-128), ty_int8, &v), REPR_OK);
	cr_assert_eq(const_represent(cv_int(128), ty_int8, &v), REPR_OVERFLOW);
	cr_assert_eq(const_represent(cv_int(300), ty_int8, &v), REPR_OVERFLOW);
	cr_assert_eq(const_represent(cv_int(-1), ty_uint, &v), REPR_OVERFLOW);
	cr_assert_eq(const_represent(cv_int((__int128)UINT64_MAX), ty_uint64, &v), REPR_OK);
	cr_assert_eq(const_represent(cv_int((__int128)UINT64_MAX + 1), ty_uint64, &v), REPR_OVERFLOW);
}

Test(constants, floats_to_integers) {
	ConstVal v;
	cr_assert_eq(const_represent(cv_float(1.5), ty_int, &v), REPR_TRUNCATED);
	cr_assert_eq(const_represent(cv_float(2.0), ty_int, &v), REPR_OK);
	cr_assert_eq(v.kind, CV_INT);
	cr_assert(v.i == 2);
	cr_assert_eq(const_represent(cv_int(3), ty_float64, &v), REPR_OK);
	cr_assert_eq(v.kind, CV_FLOAT);
	cr_assert_eq(const_represent(cv_float(1e300), ty_float32, &v), REPR_OVERFLOW);
	cr_assert_eq(const_represent(cv_string("x", 1), ty_int, &v), REPR_MISMATCH);
}

// A constant from its source spelling, as the checker reads literals.
static ConstVal lit(const char *s) {
	bool hex = !strncmp(s, "0x", 2);
	return const_from_literal(s, strlen(s), strpbrk(s, hex ? ".pP" : ".eE") != NULL);
}

static ConstVal binary(Op op, ConstVal a, ConstVal b) {
	ConstVal r;
	bool integer = a.kind == CV_INT && b.kind == CV_INT;
	cr_assert(const_binary(op, a, b, integer, &r));
	return r;
}

static double to_float64(ConstVal v) {
	ConstVal r;
	cr_assert_eq(const_represent(v, ty_float64, &r), REPR_OK);
	cr_assert_eq(r.kind, CV_FLOAT);
	cr_assert_null(r.big, "typed constants hold their value in f");
	return r.f;
}

Test(constants, arithmetic_is_exact) {
	ConstVal r;
	cr_assert(const_binary(OP_MUL, cv_int(INT64_MAX), cv_int(4), true, &r));
	cr_assert(r.i == (__int128)INT64_MAX * 4);
	__int128 big = (__int128)1 << 120;
	cr_assert(const_binary(OP_MUL, cv_int(big), cv_int(1 << 10), true, &r));
	cr_assert_str_eq(const_string(r), "1361129467683753853853498429727072845824");
	cr_assert_not(const_int_overflow(r));
	cr_assert(const_binary(OP_DIV, cv_int(7), cv_int(2), true, &r));
	cr_assert(r.i == 3);
	cr_assert(const_binary(OP_DIV, cv_int(7), cv_int(2), false, &r));
	cr_assert_eq(r.kind, CV_FLOAT);
	cr_assert_float_eq(r.f, 3.5, 1e-12);
	cr_assert(const_binary(OP_REM, cv_int(-7), cv_int(2), true, &r));
	cr_assert(r.i == -1);
	cr_assert(const_binary(OP_ANDNOT, cv_int(0xff), cv_int(0x0f), true, &r));
	cr_assert(r.i == 0xf0);
	cr_assert_not(const_binary(OP_DIV, cv_int(1), cv_int(0), true, &r), "division by zero");
}

Test(constants, untyped_integers_have_512_bits) {
	ConstVal r;
	cr_assert(const_shift(OP_SHL, cv_int(1), 511, &r));
	cr_assert_not(const_int_overflow(r));
	ConstVal twice = binary(OP_MUL, r, cv_int(2));
	cr_assert(const_int_overflow(twice));
	ConstVal max = binary(OP_SUB, binary(OP_ADD, r, r), cv_int(1)); // 2^512 - 1 still fits
	cr_assert_not(const_int_overflow(max));
	ConstVal back;
	cr_assert(const_shift(OP_SHR, max, 500, &back));
	cr_assert(back.i == 4095 && !back.big);
}

Test(constants, huge_intermediates) {
	ConstVal r, v;
	// 1 << 100 >> 98 == 4
	cr_assert(const_shift(OP_SHL, cv_int(1), 100, &r));
	cr_assert(const_shift(OP_SHR, r, 98, &v));
	cr_assert(v.i == 4);
	// math.MaxUint64 = 1<<64 - 1
	cr_assert(const_shift(OP_SHL, cv_int(1), 64, &r));
	r = binary(OP_SUB, r, cv_int(1));
	cr_assert_eq(const_represent(r, ty_uint64, &v), REPR_OK);
	cr_assert(v.i == (__int128)UINT64_MAX);
	cr_assert_eq(const_represent(r, ty_int64, &v), REPR_OVERFLOW);
	// a 201-digit literal divided back down
	char digits[202];
	memset(digits, '0', sizeof digits);
	digits[0] = '1';
	digits[201] = 0;
	ConstVal huge = lit(digits);
	digits[200] = 0;
	ConstVal q = binary(OP_DIV, huge, lit(digits));
	cr_assert(q.i == 10 && !q.big);
	cr_assert(binary(OP_REM, lit("0x_ffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff"), cv_int(1000)).i == 415); // (2^144 - 1) % 1000
}

Test(constants, floats_are_exact_fractions) {
	ConstVal sum = binary(OP_ADD, lit("0.1"), lit("0.2"));
	cr_assert(to_float64(sum) == 0.3, "0.1 + 0.2 is exactly 0.3 as a constant");
	cr_assert(const_compare(OP_EQ, sum, lit("0.3")));
	ConstVal third = binary(OP_DIV, lit("1.0"), lit("3"));
	cr_assert(to_float64(binary(OP_MUL, third, cv_int(3))) == 1.0);
	ConstVal neg0;
	cr_assert(const_unary(OP_SUB, lit("0.0"), ty_untyped_float, &neg0));
	double z = to_float64(neg0);
	cr_assert(z == 0 && !__builtin_signbit(z), "no negative zero constants");
	// huge intermediate: 1e400 / 1e390 == 1e10
	cr_assert(to_float64(binary(OP_DIV, lit("1e400"), lit("1e390"))) == 1e10);
	ConstVal v;
	cr_assert_eq(const_represent(lit("1e400"), ty_float64, &v), REPR_OVERFLOW);
	cr_assert(to_float64(lit("0x1.8p1")) == 3.0);
	cr_assert(to_float64(lit("1_000.5e-1")) == 100.05);
	cr_assert_str_eq(const_string(lit("1e400")), "1e+400");
	cr_assert_str_eq(const_string(lit("1e20")), "1e+20");
	cr_assert_str_eq(const_string(lit("0.1")), "0.1");
}

Test(constants, rounding_to_nearest_even) {
	ConstVal v;
	// 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties to even
	ConstVal x = binary(OP_ADD, lit("9007199254740992"), cv_int(1));
	cr_assert(to_float64(x) == 9007199254740992.0);
	x = binary(OP_ADD, lit("9007199254740992"), cv_int(3));
	cr_assert(to_float64(x) == 9007199254740996.0);
	// just above the halfway point rounds up
	x = binary(OP_ADD, lit("9007199254740993"), lit("0.000001"));
	cr_assert(to_float64(x) == 9007199254740994.0);
	// float32: 16777217 rounds to 16777216
	cr_assert_eq(const_represent(cv_int(16777217), ty_float32, &v), REPR_OK);
	cr_assert(v.f == 16777216.0);
	cr_assert_eq(const_represent(lit("0.1"), ty_float32, &v), REPR_OK);
	cr_assert(v.f == (double)0.1f);
	// subnormals and the largest double
	cr_assert(to_float64(lit("4.9406564584124654e-324")) == 4.9406564584124654e-324);
	cr_assert(to_float64(lit("2.4703282292062328e-324")) == 4.9406564584124654e-324);
	cr_assert(to_float64(lit("2.4703282292062327e-324")) == 0);
	cr_assert(to_float64(lit("1.7976931348623157e308")) == 1.7976931348623157e308);
	cr_assert_eq(const_represent(lit("1.797693134862316e308"), ty_float64, &v), REPR_OVERFLOW);
	cr_assert_eq(const_represent(lit("3.4028235e38"), ty_float32, &v), REPR_OK);
	cr_assert_eq(const_represent(lit("3.5e38"), ty_float32, &v), REPR_OVERFLOW);
}

Test(constants, float_to_integer) {
	ConstVal v;
	cr_assert_eq(const_represent(lit("1e20"), ty_int, &v), REPR_TRUNCATED, "types2 says truncated");
	cr_assert_eq(const_represent(lit("1e18"), ty_int, &v), REPR_OK);
	cr_assert(v.i == 1000000000000000000);
	cr_assert_eq(const_represent(binary(OP_DIV, lit("1.0"), cv_int(3)), ty_untyped_int, &v), REPR_TRUNCATED);
}

// An imaginary literal's value, as the checker reads it.
static ConstVal imag_lit(const char *s) {
	return const_from_imag_literal(s, strlen(s));
}

Test(constants, imaginary_literals) {
	cr_assert_str_eq(const_string(imag_lit("1i")), "(0 + 1i)");
	cr_assert_str_eq(const_string(imag_lit("2.5i")), "(0 + 2.5i)");
	cr_assert_str_eq(const_string(imag_lit("0x1p-2i")), "(0 + 0.25i)");
	cr_assert_str_eq(const_string(imag_lit("1_0i")), "(0 + 10i)");
	cr_assert_str_eq(const_string(imag_lit("0123i")), "(0 + 123i)", "decimal, not octal, for compatibility");
	cr_assert_str_eq(const_string(imag_lit("0o17i")), "(0 + 15i)");
	cr_assert_str_eq(const_string(imag_lit("0x10i")), "(0 + 16i)");
	cr_assert_str_eq(const_string(imag_lit("1e300i")), "(0 + 1e+300i)");
}

Test(constants, complex_arithmetic_is_exact) {
	ConstVal a = binary(OP_ADD, const_to_complex(cv_int(1)), imag_lit("2i")); // 1+2i
	ConstVal b = binary(OP_SUB, const_to_complex(cv_int(3)), imag_lit("4i")); // 3-4i
	cr_assert_str_eq(const_string(binary(OP_MUL, a, b)), "(11 + 2i)");
	ConstVal q = binary(OP_DIV, a, b); // (1+2i)/(3-4i) = -0.2+0.4i, exactly
	cr_assert_str_eq(const_string(q), "(-0.2 + 0.4i)");
	cr_assert(const_compare(OP_EQ, binary(OP_MUL, q, b), a), "no rounding on the way");
	ConstVal r;
	cr_assert_not(const_binary(OP_DIV, a, const_to_complex(cv_int(0)), false, &r), "division by zero");
	cr_assert(const_unary(OP_SUB, a, ty_untyped_complex, &r));
	cr_assert_str_eq(const_string(r), "(-1 + -2i)");
	cr_assert(const_compare(OP_NE, a, b));
	cr_assert(const_compare(OP_EQ, const_to_complex(lit("2.5")), lit("2.5")));
	cr_assert_str_eq(const_string(const_imag(a)), "2");
	cr_assert_str_eq(const_string(const_real(b)), "3");
	cr_assert_str_eq(const_string(const_complex(lit("0.5"), cv_int(-1))), "(0.5 + -1i)");
}

Test(constants, complex_representability) {
	ConstVal v, a = binary(OP_ADD, const_to_complex(cv_int(1)), imag_lit("2i"));
	cr_assert_eq(const_represent(a, ty_int, &v), REPR_TRUNCATED, "types2: a complex constant to an integer");
	cr_assert_eq(const_represent(a, ty_float64, &v), REPR_OVERFLOW, "types2: a lost imaginary part");
	ConstVal real = const_to_complex(cv_int(300));
	cr_assert_eq(const_represent(real, ty_int, &v), REPR_OK);
	cr_assert(v.kind == CV_INT && v.i == 300);
	cr_assert_eq(const_represent(real, ty_uint8, &v), REPR_TRUNCATED);
	cr_assert_eq(const_represent(real, ty_float32, &v), REPR_OK);
	cr_assert(v.kind == CV_FLOAT && v.f == 300);
	cr_assert_eq(const_represent(a, ty_complex64, &v), REPR_OK);
	cr_assert(v.kind == CV_COMPLEX && v.f == 1 && v.im == 2 && !v.big && !v.bigim);
	cr_assert_eq(const_represent(lit("0.1"), ty_complex64, &v), REPR_OK);
	cr_assert(v.f == (double)0.1f && v.im == 0);
	cr_assert_eq(const_represent(imag_lit("1e300i"), ty_complex64, &v), REPR_OVERFLOW);
	cr_assert_eq(const_represent(imag_lit("1e300i"), ty_complex128, &v), REPR_OK);
	cr_assert_eq(const_represent(cv_string("x", 1), ty_complex128, &v), REPR_MISMATCH);
}

Test(constants, shifts) {
	ConstVal r;
	cr_assert(const_shift(OP_SHL, cv_int(1), 70, &r));
	cr_assert(r.i == (__int128)1 << 70);
	cr_assert(const_shift(OP_SHL, cv_int(1), 600, &r));
	cr_assert(const_int_overflow(r));
	cr_assert(const_shift(OP_SHR, cv_int(-8), 1, &r));
	cr_assert(r.i == -4);
	cr_assert(const_shift(OP_SHR, cv_int(-7), 1, &r));
	cr_assert(r.i == -4, "arithmetic shift rounds toward -inf");
	cr_assert(const_shift(OP_SHR, cv_int(5), 500, &r));
	cr_assert(r.i == 0);
}

Test(constants, unary_complement_of_unsigned) {
	ConstVal r;
	cr_assert(const_unary(OP_XOR, cv_int(0), ty_uint8, &r));
	cr_assert(r.i == 255);
	cr_assert(const_unary(OP_XOR, cv_int(0), ty_int, &r));
	cr_assert(r.i == -1);
	cr_assert(const_unary(OP_XOR, cv_int(0), ty_uint64, &r));
	cr_assert(r.i == (__int128)UINT64_MAX);
}

Test(constants, compare) {
	cr_assert(const_compare(OP_LT, cv_int(1), cv_float(1.5)));
	cr_assert(const_compare(OP_EQ, cv_string("ab", 2), cv_string("ab", 2)));
	cr_assert(const_compare(OP_LT, cv_string("ab", 2), cv_string("abc", 3)));
}

Test(constants, spelling) {
	cr_assert_str_eq(const_string(cv_int(-42)), "-42");
	cr_assert_str_eq(const_string(cv_int((__int128)1 << 70)), "1180591620717411303424");
	cr_assert_str_eq(const_string(cv_float(1.5)), "1.5");
	cr_assert_str_eq(const_string(cv_float(300)), "300");
	cr_assert_str_eq(const_string(cv_string("a\"\n", 3)), "\"a\\\"\\n\"");
	cr_assert_str_eq(const_string(cv_bool(true)), "true");
}

static Field *field(const char *name, Type *t) {
	Field *f = xcalloc(1, sizeof(Field));
	f->name = name;
	f->type = t;
	return f;
}

TestSuite(layout, .init = setup);

Test(layout, basic_sizes) {
	cr_assert_eq(type_size(ty_int), 8);
	cr_assert_eq(type_size(ty_string), 16);
	cr_assert_eq(type_size(type_slice(ty_int)), 24);
	cr_assert_eq(type_size(ty_any), 16);
	cr_assert_eq(type_size(type_map(ty_string, ty_int)), 8);
	cr_assert_eq(type_size(type_ptr(ty_int8)), 8);
	cr_assert_eq(type_size(type_array(ty_int16, 3)), 6);
	cr_assert_eq(type_align(type_array(ty_int16, 3)), 2);
	cr_assert_eq(type_size(ty_complex128), 16);
}

Test(layout, struct_padding) {
	Type *s = new_type(TY_STRUCT);
	vec_push(&s->fields, field("a", ty_int8));
	vec_push(&s->fields, field("b", ty_int64));
	vec_push(&s->fields, field("c", ty_int8));
	cr_assert_eq(type_size(s), 24);
	cr_assert_eq(type_align(s), 8);
	cr_assert_eq(((Field *)s->fields.data[1])->offset, 8);
	cr_assert_eq(((Field *)s->fields.data[2])->offset, 16);
}

Test(layout, trailing_zero_size_field_gets_a_byte) {
	Type *s = new_type(TY_STRUCT);
	vec_push(&s->fields, field("a", ty_int32));
	vec_push(&s->fields, field("z", new_type(TY_STRUCT)));
	cr_assert_eq(type_size(s), 8);
	Type *e = new_type(TY_STRUCT);
	cr_assert_eq(type_size(e), 0);
}

TestSuite(spelling, .init = setup);

Test(spelling, type_strings) {
	Obj *o = new_obj(OBJ_TYPE, "Node", (Pos){0});
	ck.pkg = "main";
	Type *named = new_named(o);
	named->underlying = new_type(TY_STRUCT);
	cr_assert_str_eq(type_string(type_slice(type_ptr(named)), true), "[]*main.Node");
	cr_assert_str_eq(type_string(type_slice(type_ptr(named)), false), "[]*Node");
	cr_assert_str_eq(type_string(type_map(ty_string, ty_int), true), "map[string]int");
	Type *f = new_type(TY_FUNC);
	vec_push(&f->params, ty_int);
	vec_push(&f->results, ty_string);
	cr_assert_str_eq(type_string(f, true), "func(int) string");
	Type *s = new_type(TY_STRUCT);
	vec_push(&s->fields, field("X", ty_int));
	cr_assert_str_eq(type_string(s, true), "struct { X int }");
	cr_assert_str_eq(type_string(s, false), "struct{X int}");
	cr_assert_str_eq(type_string(ty_any, true), "interface {}");
	cr_assert_str_eq(type_string(ty_byte, false), "byte");
	cr_assert_str_eq(type_string(type_slice(ty_byte), true), "[]uint8");
	cr_assert_str_eq(type_string(ty_error, true), "error");
}

Test(spelling, identical_types_share_an_id) {
	Type *a = type_map(ty_string, ty_int), *b = type_map(ty_string, ty_int);
	Type *bytes = type_slice(ty_byte), *uint8s = type_slice(ty_uint8);
	Type *ints = type_slice(ty_int), *int8s = type_slice(ty_int8);
	cr_assert_neq(a->id, b->id);
	type_canonicalize_ids();
	cr_assert_eq(a->id, b->id);
	cr_assert_eq(bytes->id, uint8s->id);
	cr_assert_neq(ints->id, int8s->id);
}
