// bignum.h - arbitrary-precision integers and rationals, the exact values
// behind Go's untyped constants (see constant.c).
//
// Values are immutable: every operation returns a fresh value (limbs come
// from xmalloc and live as long as the compiler). Integers are sign and
// magnitude; bitwise operations follow two's complement with infinite sign
// extension, like Go's math/big.
#ifndef GOSCAPE_BIGNUM_H
#define GOSCAPE_BIGNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct BigInt {
	uint32_t *d; // magnitude, least significant limb first; d[len-1] != 0
	int len;     // 0 for zero
	bool neg;    // never set for zero
} BigInt;

// The value num/den * 2^exp, num/den in lowest terms with den > 0. exp is
// 0 for every value whose parts fit in RAT_EXACT_BITS bits (then num/den
// is the plain fraction); beyond, num and den are odd and the power of two
// stays an exponent, so Go's 512-bit floats of any magnitude (1e64645699,
// go/constant's floatVal) cost their mantissa, not their size.
typedef struct BigRat {
	BigInt num, den;
	long exp;
} BigRat;

enum { RAT_EXACT_BITS = 1 << 16 };

BigInt big_from_i128(__int128 v);
// Parses digits in base 2..16, skipping '_' separators (no prefix, no sign).
BigInt big_parse(const char *s, size_t n, int base);
// Parses a Go integer literal with its 0x / 0o / 0b / 0 prefix.
BigInt big_parse_literal(const char *s, size_t n);
bool big_to_i128(BigInt a, __int128 *out);     // false when it does not fit
int big_sign(BigInt a);
int big_cmp(BigInt a, BigInt b);
int big_bitlen(BigInt a);                      // of the magnitude; 0 for zero
long big_trailing_zeros(BigInt a);             // of the magnitude; 0 for zero
BigInt big_neg(BigInt a);
BigInt big_add(BigInt a, BigInt b);
BigInt big_sub(BigInt a, BigInt b);
BigInt big_mul(BigInt a, BigInt b);
// Truncating division (Go's / and %); b must not be zero.
void big_quorem(BigInt a, BigInt b, BigInt *q, BigInt *r);
BigInt big_shl(BigInt a, uint64_t n);
BigInt big_shr(BigInt a, uint64_t n);          // arithmetic: rounds toward -inf
BigInt big_and(BigInt a, BigInt b);
BigInt big_or(BigInt a, BigInt b);
BigInt big_xor(BigInt a, BigInt b);
BigInt big_andnot(BigInt a, BigInt b);
BigInt big_not(BigInt a);                      // -a - 1
BigInt big_gcd(BigInt a, BigInt b);            // of the magnitudes
char *big_string(BigInt a);                    // decimal

BigRat rat_from_int(BigInt a);
BigRat rat_make(BigInt num, BigInt den);       // den != 0; reduces
BigRat rat_from_double(double f);              // exact (finite f); -0 becomes 0
// Parses a Go floating-point literal (decimal or hex, '_' separators, an
// optional trailing 'i' ignored) to go/constant's value: the exact fraction
// when its magnitude is within 2^-4096..2^4096, else big.Float's 512-bit
// SetString result. False when malformed or out of big.Float's range (gc:
// "malformed constant"); a literal that underflows it is 0.
bool rat_parse_float(const char *s, size_t n, BigRat *out);
bool rat_is_int(BigRat r);
bool rat_to_i128(BigRat r, __int128 *out);     // false unless an integer that fits
BigInt rat_int(BigRat r);                      // the value of an integer r
// Bits of the larger part of the fraction (numerator or denominator).
long rat_bits(BigRat r);
// m * 2^*exp = r with 0.5 <= |m| <= 1, m rounded to 53 bits (go/constant's
// MantExp and Float64 of the mantissa); 0 for 0.
double rat_frexp(BigRat r, long *exp);
int rat_sign(BigRat r);
int rat_cmp(BigRat a, BigRat b);
BigRat rat_neg(BigRat a);
BigRat rat_add(BigRat a, BigRat b);
BigRat rat_sub(BigRat a, BigRat b);
BigRat rat_mul(BigRat a, BigRat b);
BigRat rat_quo(BigRat a, BigRat b);            // b must not be zero
// Rounds to the nearest binary float with a prec-bit mantissa and least
// exponent emin (value = m * 2^e, e >= emin, m < 2^prec), ties to even.
BigRat rat_round(BigRat r, int prec, long emin);
// Nearest float64 / float32 (ties to even, subnormals included); *overflow
// is set when the rounded magnitude is too large for the format.
double rat_to_float64(BigRat r, bool *overflow);
double rat_to_float32(BigRat r, bool *overflow);

#endif
