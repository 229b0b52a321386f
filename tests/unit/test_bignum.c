// test_bignum.c - the arbitrary-precision integers and rationals behind
// exact constants, checked against __int128 arithmetic and known values.
#include <criterion/criterion.h>
#include <string.h>
#include "bignum.h"

static BigInt I(__int128 v) {
	return big_from_i128(v);
}

static BigInt D(const char *s) {
	bool neg = *s == '-';
	BigInt r = big_parse(s + neg, strlen(s + neg), 10);
	return neg ? big_neg(r) : r;
}

static __int128 val(BigInt a) {
	__int128 v = 0;
	cr_assert(big_to_i128(a, &v), "value does not fit 128 bits");
	return v;
}

// A deterministic pseudo-random stream (xorshift) of mixed-size values.
static uint64_t state = 88172645463325252u;

static __int128 next_value(void) {
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	__int128 v = (__int128)(state >> (state & 63));
	if (state & 64)
		v = v << 30 | (v & 0x3fffffff); // beyond 64 bits
	return state & 128 ? -v : v;
}

Test(bignum, matches_int128_arithmetic) {
	for (int i = 0; i < 20000; i++) {
		__int128 a = next_value(), b = next_value();
		BigInt x = I(a), y = I(b);
		cr_assert(val(big_add(x, y)) == a + b);
		cr_assert(val(big_sub(x, y)) == a - b);
		if ((a < 0 ? -a : a) < ((__int128)1 << 62) && (b < 0 ? -b : b) < ((__int128)1 << 62))
			cr_assert(val(big_mul(x, y)) == a * b);
		if (b) {
			BigInt q, r;
			big_quorem(x, y, &q, &r);
			cr_assert(val(q) == a / b && val(r) == a % b, "quorem of %lld by %lld", (long long)a, (long long)b);
		}
		cr_assert(val(big_and(x, y)) == (a & b));
		cr_assert(val(big_or(x, y)) == (a | b));
		cr_assert(val(big_xor(x, y)) == (a ^ b));
		cr_assert(val(big_andnot(x, y)) == (a & ~b));
		cr_assert(val(big_not(x)) == ~a);
		cr_assert(val(big_shr(x, i % 70)) == a >> (i % 70));
		cr_assert_eq(big_cmp(x, y), a < b ? -1 : a > b);
	}
}

Test(bignum, multi_limb_division) {
	// (10^40 + 7) * (10^30 + 3) + 12345 divided by (10^30 + 3)
	BigInt a = D("10000000000000000000000000000000000000007"), b = D("1000000000000000000000000000003");
	BigInt n = big_add(big_mul(a, b), I(12345)), q, r;
	big_quorem(n, b, &q, &r);
	cr_assert_eq(big_cmp(q, a), 0);
	cr_assert(val(r) == 12345);
	big_quorem(big_neg(n), b, &q, &r);
	cr_assert_eq(big_cmp(q, big_neg(a)), 0);
	cr_assert(val(r) == -12345);
	// a divisor whose top limb needs the add-back step of algorithm D
	BigInt u = big_sub(big_shl(I(1), 128), I(1)), v = big_add(big_shl(I(1), 64), I(0xffffffff));
	big_quorem(u, v, &q, &r);
	cr_assert_eq(big_cmp(big_add(big_mul(q, v), r), u), 0);
	cr_assert_lt(big_cmp(r, v), 0);
}

Test(bignum, strings_and_shifts) {
	BigInt p = big_shl(I(1), 200);
	cr_assert_str_eq(big_string(p), "1606938044258990275541962092341162602522202993782792835301376");
	cr_assert_eq(big_bitlen(p), 201);
	cr_assert_str_eq(big_string(big_sub(I(0), p)), "-1606938044258990275541962092341162602522202993782792835301376");
	cr_assert_str_eq(big_string(I(0)), "0");
	cr_assert_str_eq(big_string(D("1000000000000000000")), "1000000000000000000");
	cr_assert_eq(big_cmp(big_parse_literal("0x1_0000_0000_0000_0000", 23), big_shl(I(1), 64)), 0);
	cr_assert(val(big_parse_literal("0b1010", 6)) == 10);
	cr_assert(val(big_parse_literal("0o17", 4)) == 15);
	cr_assert(val(big_parse_literal("017", 3)) == 15);
	cr_assert(val(big_shr(big_neg(p), 199)) == -2);
	cr_assert(val(big_shr(big_sub(I(0), big_add(p, I(1))), 200)) == -2, "floor of a negative");
	__int128 out;
	cr_assert_not(big_to_i128(big_shl(I(1), 127), &out));
	cr_assert(big_to_i128(big_neg(big_shl(I(1), 127)), &out));
}

Test(bignum, bitwise_on_wide_negatives) {
	BigInt m = big_neg(big_shl(I(1), 100)); // -2^100
	cr_assert_eq(big_cmp(big_and(m, big_sub(big_shl(I(1), 101), I(1))), big_shl(I(1), 100)), 0);
	cr_assert_eq(big_cmp(big_or(m, I(5)), big_add(m, I(5))), 0);
	cr_assert_eq(big_cmp(big_xor(m, m), I(0)), 0);
	cr_assert_eq(big_cmp(big_not(big_not(m)), m), 0);
}

static BigRat R(const char *lit) {
	BigRat r;
	cr_assert(rat_parse_float(lit, strlen(lit), &r));
	return r;
}

Test(bigrat, fractions) {
	BigRat third = rat_make(I(1), I(3)), sixth = rat_make(I(-2), I(-12));
	cr_assert_eq(rat_cmp(rat_add(third, sixth), rat_make(I(1), I(2))), 0);
	cr_assert_eq(rat_cmp(rat_mul(third, I(3).len ? rat_from_int(I(3)) : third), rat_from_int(I(1))), 0);
	cr_assert(rat_is_int(rat_quo(rat_from_int(I(6)), rat_from_int(I(3)))));
	cr_assert_eq(rat_cmp(R("0.1"), rat_make(I(1), I(10))), 0);
	cr_assert_eq(rat_cmp(R("1e-3"), rat_make(I(1), I(1000))), 0);
	cr_assert_eq(rat_cmp(R("0x1p-2"), rat_make(I(1), I(4))), 0);
	cr_assert_eq(rat_cmp(R("0x.8p1"), rat_from_int(I(1))), 0);
	cr_assert_eq(rat_cmp(R("1_5.2_5"), rat_make(I(61), I(4))), 0);
	cr_assert_eq(rat_cmp(R("2.5i"), rat_make(I(5), I(2))), 0);
	cr_assert_eq(rat_sign(rat_from_double(-0.0)), 0);
	cr_assert_eq(rat_cmp(rat_from_double(0.75), rat_make(I(3), I(4))), 0);
	cr_assert_eq(rat_cmp(rat_from_double(4.9406564584124654e-324), rat_make(I(1), big_shl(I(1), 1074))), 0);
}

Test(bigrat, correctly_rounded_floats) {
	bool ovf;
	cr_assert(rat_to_float64(rat_add(R("0.1"), R("0.2")), &ovf) == 0.3 && !ovf);
	cr_assert(rat_to_float64(R("0.1"), &ovf) == 0.1);
	cr_assert(rat_to_float64(R("123456789012345678901234567890"), &ovf) == 123456789012345678901234567890.0);
	cr_assert(rat_to_float64(R("2.2250738585072011e-308"), &ovf) == 2.2250738585072011e-308);
	cr_assert(rat_to_float64(R("-1e-400"), &ovf) == 0 && !ovf);
	rat_to_float64(R("1e309"), &ovf);
	cr_assert(ovf);
	cr_assert(rat_to_float32(R("0.1"), &ovf) == (double)0.1f);
	cr_assert(rat_to_float32(R("1e-46"), &ovf) == 0);
	cr_assert(rat_to_float32(R("1.4e-45"), &ovf) == (double)1.4e-45f);
	rat_to_float32(R("3.5e38"), &ovf);
	cr_assert(ovf);
	// rounding a fraction to a 4-bit mantissa: 19/2 = 1001.1b -> 1010b (tie to even)
	cr_assert_eq(rat_cmp(rat_round(rat_make(I(19), I(2)), 4, -1000), rat_from_int(I(10))), 0);
	cr_assert_eq(rat_cmp(rat_round(rat_make(I(17), I(2)), 4, -1000), rat_from_int(I(8))), 0);
}

// Beyond 2^4096 a literal is big.Float's 512-bit value and its power of
// two stays an exponent: 1e64645699 (2^214748364) costs its mantissa.
Test(bigrat, huge_exponents) {
	BigRat huge = R("1e64645699"), tiny = R("1e-64645699");
	long e;
	double m = rat_frexp(huge, &e);
	cr_assert_eq(e, 214748364);
	cr_assert(m > 0.82458 && m < 0.82459);
	cr_assert(rat_is_int(huge));
	cr_assert_gt(rat_bits(huge), 214748000);
	cr_assert_gt(rat_cmp(huge, R("1e64645698")), 0);
	cr_assert_lt(rat_cmp(tiny, R("1e-64645698")), 0);
	bool ovf;
	cr_assert(rat_to_float64(rat_quo(huge, R("1e64645698")), &ovf) == 10 && !ovf);
	cr_assert(rat_to_float64(rat_mul(huge, tiny), &ovf) == 1);
	cr_assert(rat_to_float64(tiny, &ovf) == 0 && !ovf);
	rat_to_float64(huge, &ovf);
	cr_assert(ovf);
	__int128 i;
	cr_assert_not(rat_to_i128(huge, &i));
	// big.Float's int32 exponent: past it a literal is malformed, below it 0
	BigRat r;
	cr_assert_not(rat_parse_float("1e646456993", 11, &r));
	cr_assert(rat_parse_float("1e-646456994", 12, &r) && rat_sign(r) == 0);
	// a power of two is exact at any size
	m = rat_frexp(R("0x1p100000"), &e);
	cr_assert(m == 0.5 && e == 100001);
	cr_assert_eq(rat_cmp(rat_quo(R("0x1p100000"), R("0x1p99990")), rat_from_int(I(1024))), 0);
}
