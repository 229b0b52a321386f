// test_const.c - exact constant arithmetic, representability, and the
// type representation (gc amd64 layout, Go's spelling of types).
#include <criterion/criterion.h>
#include <string.h>
#include "../../frontend/check.h"

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

Test(constants, arithmetic_is_exact_in_128_bits) {
	ConstVal r;
	cr_assert(const_binary(OP_MUL, cv_int(INT64_MAX), cv_int(4), true, &r));
	cr_assert(r.i == (__int128)INT64_MAX * 4);
	__int128 big = (__int128)1 << 120;
	cr_assert_not(const_binary(OP_MUL, cv_int(big), cv_int(1 << 10), true, &r), "overflow must be reported");
	cr_assert(const_binary(OP_DIV, cv_int(7), cv_int(2), true, &r));
	cr_assert(r.i == 3);
	cr_assert(const_binary(OP_DIV, cv_int(7), cv_int(2), false, &r));
	cr_assert_eq(r.kind, CV_FLOAT);
	cr_assert_float_eq(r.f, 3.5, 1e-12);
	cr_assert(const_binary(OP_REM, cv_int(-7), cv_int(2), true, &r));
	cr_assert(r.i == -1);
	cr_assert(const_binary(OP_ANDNOT, cv_int(0xff), cv_int(0x0f), true, &r));
	cr_assert(r.i == 0xf0);
}

Test(constants, shifts) {
	ConstVal r;
	cr_assert(const_shift(OP_SHL, cv_int(1), 70, &r));
	cr_assert(r.i == (__int128)1 << 70);
	cr_assert_not(const_shift(OP_SHL, cv_int(1), 200, &r));
	cr_assert(const_shift(OP_SHR, cv_int(-8), 1, &r));
	cr_assert(r.i == -4);
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

Test(constants, wrap_and_compare) {
	cr_assert(const_compare(OP_LT, cv_int(1), cv_float(1.5)));
	cr_assert(const_compare(OP_EQ, cv_string("ab", 2), cv_string("ab", 2)));
	cr_assert(const_compare(OP_LT, cv_string("ab", 2), cv_string("abc", 3)));
}

Test(constants, spelling) {
	cr_assert_str_eq(const_string(cv_int(-42)), "-42");
	cr_assert_str_eq(const_string(cv_int((__int128)1 << 70)), "1180591620717411303424");
	cr_assert_str_eq(const_string(cv_float(1.5)), "1.5");
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
