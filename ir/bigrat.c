// bigrat.c - exact rationals over bignum.c's integers, Go float literal
// parsing, and correctly rounded conversion to binary floats (float64,
// float32, or the 512-bit mantissa Go falls back to for huge fractions).
// A power of two too large to write out stays an exponent (BigRat.exp).
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "bignum.h"
#include "diag.h"

static BigInt one(void) {
	return big_from_i128(1);
}

static bool is_one(BigInt a) {
	return a.len == 1 && a.d[0] == 1 && !a.neg;
}

BigRat rat_from_int(BigInt a) {
	return (BigRat){a, one(), 0};
}

BigRat rat_make(BigInt num, BigInt den) {
	if (den.neg) {
		num = big_neg(num);
		den = big_neg(den);
	}
	if (!num.len)
		return rat_from_int(num);
	BigInt g = big_gcd(num, den), r;
	if (!is_one(g)) {
		big_quorem(num, g, &num, &r);
		big_quorem(den, g, &den, &r);
	}
	return (BigRat){num, den, 0};
}

// num/den * 2^exp for num/den in lowest terms, in canonical form: the
// power of two is written out when the result stays within
// RAT_EXACT_BITS, else num and den are made odd and it stays in exp.
static BigRat with_exp(BigInt num, BigInt den, long exp) {
	if (!num.len)
		return rat_from_int(num);
	if (!exp)
		return (BigRat){num, den, 0};
	long tn = big_trailing_zeros(num), td = big_trailing_zeros(den);
	num = big_shr(num, (uint64_t)tn); // exact: only zero bits go
	den = big_shr(den, (uint64_t)td);
	exp += tn - td;
	if (exp > 0 && big_bitlen(num) + exp <= RAT_EXACT_BITS)
		return (BigRat){big_shl(num, (uint64_t)exp), den, 0};
	if (exp < 0 && big_bitlen(den) - exp <= RAT_EXACT_BITS)
		return (BigRat){num, big_shl(den, (uint64_t)-exp), 0};
	return (BigRat){num, den, exp};
}

// m * 2^e as a rational.
static BigRat rat_ldexp(BigInt m, long e) {
	return with_exp(m, one(), e);
}

// (The compiler links without libm: doubles are taken apart by their bits.)
BigRat rat_from_double(double f) {
	uint64_t bits;
	memcpy(&bits, &f, sizeof bits);
	long exp = (long)(bits >> 52 & 0x7FF);
	uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
	if (exp)
		mant |= (uint64_t)1 << 52; // normal: implicit leading bit
	else
		exp = 1;                   // subnormal
	BigRat r = rat_ldexp(big_from_i128((__int128)mant), exp - 1075);
	return bits >> 63 ? rat_neg(r) : r;
}

// m * 2^e for m < 2^53 and a representable result: each step is exact.
static double scale2(double m, long e) {
	for (; e > 1000; e -= 1000)
		m *= 0x1p1000;
	for (; e < -1000; e += 1000)
		m *= 0x1p-1000;
	uint64_t bits = (uint64_t)(e + 1023) << 52;
	double p;
	memcpy(&p, &bits, sizeof p);
	return m * p;
}

static BigInt power(BigInt base, unsigned long n) {
	BigInt r = one();
	for (; n; n >>= 1) {
		if (n & 1)
			r = big_mul(r, base);
		base = big_mul(base, base);
	}
	return r;
}

// 5^n exactly.
static BigRat rat_pow5(long n) {
	BigInt p = power(big_from_i128(5), (unsigned long)(n < 0 ? -n : n));
	return n >= 0 ? rat_from_int(p) : rat_make(one(), p);
}

// Go's untyped float constants: exact fractions while the magnitude's
// binary exponent is within +-MAX_EXACT_EXP (go/constant's maxExp), else
// big.Float with a FLOAT_PREC-bit mantissa and an int32 exponent.
enum { MAX_EXACT_EXP = 4096, FLOAT_PREC = 512 };

// A big.Float value: r (rounded to its precision) or an infinity.
typedef struct GoFloat {
	BigRat r;
	bool inf;
} GoFloat;

// The binary exponent e of r = m * 2^e with 0.5 <= |m| < 1 (big.Float's
// MantExp); r != 0.
static long mant_exp(BigRat r) {
	// |r| lies in (2^(l-1), 2^(l+1)): one comparison with 2^l decides
	long l = (long)big_bitlen(r.num) - big_bitlen(r.den) + r.exp;
	BigRat a = r;
	a.num.neg = false;
	return rat_cmp(a, with_exp(one(), one(), l)) >= 0 ? l + 1 : l;
}

// big.Float's rounding of an exact product or quotient to prec bits,
// with its overflow to infinity and underflow to zero (exponent range of
// an int32).
static GoFloat go_round(BigRat exact, int prec) {
	if (!rat_sign(exact))
		return (GoFloat){exact, false};
	BigRat r = rat_round(exact, prec, LONG_MIN / 2);
	long e = mant_exp(r);
	if (e > INT32_MAX)
		return (GoFloat){r, true};
	if (e < INT32_MIN)
		return (GoFloat){rat_from_int(big_from_i128(0)), false};
	return (GoFloat){r, false};
}

static GoFloat go_mul(GoFloat a, GoFloat b, int prec) {
	if (a.inf || b.inf)
		return (GoFloat){a.r, true};
	return go_round(rat_mul(a.r, b.r), prec);
}

// 5^n as big.Float's pow5 computes it: products rounded to prec bits,
// the squares 64 bits wider.
static GoFloat go_pow5(unsigned long n, int prec) {
	enum { EXACT_POW5 = 27 }; // 5^27 is the largest power in a uint64
	unsigned long k = n < EXACT_POW5 ? n : EXACT_POW5;
	GoFloat z = {rat_from_int(power(big_from_i128(5), k)), false};
	GoFloat f = {rat_from_int(big_from_i128(5)), false};
	for (n -= k; n; n >>= 1) {
		if (n & 1)
			z = go_mul(z, f, prec);
		if (n > 1)
			f = go_mul(f, f, prec + 64);
	}
	return z;
}

// big.Float.SetString at FLOAT_PREC bits: the mantissa's digits as an
// integer, times 2^exp2, times or divided by 5^|exp5| computed 64 bits
// wider; false when the exponent leaves big.Float's range.
static bool go_float_scan(BigInt mant, long exp2, long exp5, GoFloat *out) {
	if (big_bitlen(mant) + exp2 > INT32_MAX || big_bitlen(mant) + exp2 < INT32_MIN)
		return false; // "exponent overflow"
	BigRat z = rat_ldexp(mant, exp2);
	if (!exp5) {
		*out = go_round(z, FLOAT_PREC);
		return true;
	}
	GoFloat p = go_pow5((unsigned long)(exp5 < 0 ? -exp5 : exp5), FLOAT_PREC + 64);
	if (exp5 > 0)
		*out = p.inf ? p : go_round(rat_mul(z, p.r), FLOAT_PREC);
	else
		*out = p.inf ? (GoFloat){rat_from_int(big_from_i128(0)), false} : go_round(rat_quo(z, p.r), FLOAT_PREC);
	return true;
}

bool rat_parse_float(const char *s, size_t n, BigRat *out) {
	bool hex = n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
	int base = hex ? 16 : 10;
	char expch = hex ? 'p' : 'e';
	size_t i = hex ? 2 : 0;
	char *digits = xmalloc(n + 1);
	size_t nd = 0;
	long frac = 0;
	bool in_frac = false;
	for (; i < n && (s[i] | 0x20) != expch && s[i] != 'i'; i++) {
		if (s[i] == '_')
			continue;
		if (s[i] == '.') {
			in_frac = true;
			continue;
		}
		digits[nd++] = s[i];
		frac += in_frac;
	}
	// An exponent beyond exp_limit is out of big.Float's range whatever
	// the mantissa (the literal is at most a few MB long).
	const long exp_limit = 1L << 40;
	long exp = 0;
	if (i < n && (s[i] | 0x20) == expch) {
		i++;
		bool neg = i < n && s[i] == '-';
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		if (i >= n || s[i] < '0' || s[i] > '9')
			return false;
		for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
			if (s[i] != '_' && exp < exp_limit)
				exp = exp * 10 + (s[i] - '0');
		if (neg)
			exp = -exp;
	}
	if (i < n && s[i] != 'i')
		return false;
	BigInt mant = big_parse(digits, nd, base);
	free(digits);
	// The value is mant * 2^exp2 * 5^exp5.
	long exp2 = hex ? exp - 4 * frac : exp - frac, exp5 = hex ? 0 : exp - frac;
	if (!mant.len) {
		*out = rat_from_int(mant);
		return true;
	}
	// log2 of the value within a bit or two: well inside the exact range,
	// skip the float.
	double log2 = big_bitlen(mant) + exp2 + exp5 * 2.321928094887362;
	if (log2 > -(MAX_EXACT_EXP - 64) && log2 < MAX_EXACT_EXP - 64) {
		*out = rat_mul(rat_ldexp(mant, exp2), rat_pow5(exp5));
		return true;
	}
	GoFloat f;
	if (!go_float_scan(mant, exp2, exp5, &f) || f.inf)
		return false;
	if (rat_sign(f.r) && (mant_exp(f.r) <= -MAX_EXACT_EXP || mant_exp(f.r) >= MAX_EXACT_EXP)) {
		*out = f.r;
		return true;
	}
	// small after all (or underflowed to 0): go/constant takes the exact
	// fraction of the literal (of "0" when it underflowed)
	*out = rat_sign(f.r) ? rat_mul(rat_ldexp(mant, exp2), rat_pow5(exp5)) : f.r;
	return true;
}

bool rat_is_int(BigRat r) {
	return is_one(r.den) && r.exp >= 0;
}

bool rat_to_i128(BigRat r, __int128 *out) {
	// a nonzero exp means a magnitude beyond 2^RAT_EXACT_BITS or a fraction
	return rat_is_int(r) && !r.exp && big_to_i128(r.num, out);
}

BigInt rat_int(BigRat r) {
	return big_shl(r.num, (uint64_t)r.exp);
}

long rat_bits(BigRat r) {
	long n = big_bitlen(r.num) + (r.exp > 0 ? r.exp : 0), d = big_bitlen(r.den) + (r.exp < 0 ? -r.exp : 0);
	return n > d ? n : d;
}

int rat_sign(BigRat r) {
	return big_sign(r.num);
}

int rat_cmp(BigRat a, BigRat b) {
	if (!a.exp && !b.exp)
		return big_cmp(big_mul(a.num, b.den), big_mul(b.num, a.den));
	int sa = rat_sign(a), sb = rat_sign(b);
	if (sa != sb || !sa)
		return sa < sb ? -1 : sa > sb;
	// |x| lies in [2^(l-2), 2^l) for l = bitlen(num) - bitlen(den) + exp:
	// magnitudes two binades apart compare without arithmetic
	long la = (long)big_bitlen(a.num) - big_bitlen(a.den) + a.exp;
	long lb = (long)big_bitlen(b.num) - big_bitlen(b.den) + b.exp;
	if (la - lb >= 2 || lb - la >= 2)
		return (la > lb) == (sa > 0) ? 1 : -1;
	return rat_sign(rat_sub(a, b));
}

BigRat rat_neg(BigRat a) {
	a.num = big_neg(a.num);
	return a;
}

BigRat rat_add(BigRat a, BigRat b) {
	if (a.exp || b.exp) {
		// align the exponents (exact, so as large as the gap between them)
		long e = a.exp < b.exp ? a.exp : b.exp;
		BigRat x = {big_shl(a.num, (uint64_t)(a.exp - e)), a.den, 0};
		BigRat y = {big_shl(b.num, (uint64_t)(b.exp - e)), b.den, 0};
		BigRat sum = rat_add(x, y);
		return with_exp(sum.num, sum.den, e);
	}
	if (rat_is_int(a) && rat_is_int(b))
		return rat_from_int(big_add(a.num, b.num));
	return rat_make(big_add(big_mul(a.num, b.den), big_mul(b.num, a.den)), big_mul(a.den, b.den));
}

BigRat rat_sub(BigRat a, BigRat b) {
	return rat_add(a, rat_neg(b));
}

BigRat rat_mul(BigRat a, BigRat b) {
	BigRat r = rat_make(big_mul(a.num, b.num), big_mul(a.den, b.den));
	return with_exp(r.num, r.den, a.exp + b.exp);
}

BigRat rat_quo(BigRat a, BigRat b) {
	BigRat r = rat_make(big_mul(a.num, b.den), big_mul(a.den, b.num));
	return with_exp(r.num, r.den, a.exp - b.exp);
}

// |r| ~ q * 2^e with q < 2^prec (q may reach 2^prec after rounding up),
// e >= emin, rounded to nearest, ties to even.
static void round_mant(BigRat r, int prec, long emin, BigInt *q, long *e) {
	BigInt a = r.num, b = r.den, rem;
	a.neg = false;
	// a/b * 2^exp lies in (2^(k-1), 2^(k+1)) for
	// k = bitlen(a) - bitlen(b) + exp
	long ab = (long)big_bitlen(a) - big_bitlen(b);
	*e = ab + r.exp - prec;
	for (;;) {
		if (*e < emin)
			*e = emin;
		long shift = r.exp - *e; // q = a/b * 2^shift
		if (ab + shift <= -2) {
			*q = big_from_i128(0); // below half the last place
			return;
		}
		BigInt divisor = b;
		if (shift < 0)
			divisor = big_shl(b, (uint64_t)-shift);
		big_quorem(shift >= 0 ? big_shl(a, (uint64_t)shift) : a, divisor, q, &rem);
		if (big_bitlen(*q) > prec) {
			++*e;
			continue;
		}
		int c = big_cmp(big_shl(rem, 1), divisor);
		if (c > 0 || (c == 0 && q->len && (q->d[0] & 1)))
			*q = big_add(*q, one());
		return;
	}
}

BigRat rat_round(BigRat r, int prec, long emin) {
	if (!rat_sign(r))
		return r;
	BigInt q;
	long e;
	round_mant(r, prec, emin, &q, &e);
	BigRat out = rat_ldexp(q, e);
	return r.num.neg ? rat_neg(out) : out;
}

static double to_binary(BigRat r, int prec, long emin, long emax, bool *overflow) {
	*overflow = false;
	if (!rat_sign(r))
		return 0;
	BigInt q;
	long e;
	round_mant(r, prec, emin, &q, &e);
	double f;
	if ((long)big_bitlen(q) + e > emax) {
		*overflow = true;
		f = __builtin_inf();
	} else {
		__int128 m = 0;
		big_to_i128(q, &m); // q <= 2^prec, prec <= 53
		f = scale2((double)m, e);
	}
	return r.num.neg ? -f : f;
}

double rat_to_float64(BigRat r, bool *overflow) {
	return to_binary(r, 53, -1074, 1024, overflow);
}

double rat_to_float32(BigRat r, bool *overflow) {
	return to_binary(r, 24, -149, 128, overflow);
}

double rat_frexp(BigRat r, long *exp) {
	*exp = 0;
	if (!rat_sign(r))
		return 0;
	BigInt q;
	long e;
	round_mant(r, 53, LONG_MIN / 2, &q, &e);
	__int128 m = 0;
	big_to_i128(q, &m); // 2^52 <= q <= 2^53
	*exp = e + 53;
	double f = scale2((double)m, -53);
	return r.num.neg ? -f : f;
}
