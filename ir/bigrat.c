// bigrat.c - exact rationals over bignum.c's integers, Go float literal
// parsing, and correctly rounded conversion to binary floats (float64,
// float32, or the 512-bit mantissa Go falls back to for huge fractions).
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
	return (BigRat){a, one()};
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
	return (BigRat){num, den};
}

// m * 2^e as a rational.
static BigRat rat_ldexp(BigInt m, long e) {
	if (e >= 0)
		return rat_from_int(big_shl(m, (uint64_t)e));
	return rat_make(m, big_shl(one(), (uint64_t)-e));
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

BigRat rat_pow10(long n) {
	BigInt p = power(big_from_i128(10), (unsigned long)(n < 0 ? -n : n));
	return n >= 0 ? rat_from_int(p) : rat_make(one(), p);
}

// Literal exponents are clamped: beyond this the value over- or underflows
// every use anyway, and the bignums stay a reasonable size.
enum { MAX_LITERAL_EXP = 100000 };

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
	long exp = 0;
	if (i < n && (s[i] | 0x20) == expch) {
		i++;
		bool neg = i < n && s[i] == '-';
		if (i < n && (s[i] == '-' || s[i] == '+'))
			i++;
		if (i >= n || s[i] < '0' || s[i] > '9')
			return false;
		for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
			if (s[i] != '_' && exp < MAX_LITERAL_EXP)
				exp = exp * 10 + (s[i] - '0');
		if (neg)
			exp = -exp;
	}
	if (i < n && s[i] != 'i')
		return false;
	BigInt mant = big_parse(digits, nd, base);
	if (hex) {
		*out = rat_ldexp(mant, exp - 4 * frac);
		return true;
	}
	*out = rat_mul(rat_from_int(mant), rat_pow10(exp - frac));
	return true;
}

bool rat_is_int(BigRat r) {
	return is_one(r.den);
}

int rat_sign(BigRat r) {
	return big_sign(r.num);
}

int rat_cmp(BigRat a, BigRat b) {
	return big_cmp(big_mul(a.num, b.den), big_mul(b.num, a.den));
}

BigRat rat_neg(BigRat a) {
	a.num = big_neg(a.num);
	return a;
}

BigRat rat_add(BigRat a, BigRat b) {
	if (rat_is_int(a) && rat_is_int(b))
		return rat_from_int(big_add(a.num, b.num));
	return rat_make(big_add(big_mul(a.num, b.den), big_mul(b.num, a.den)), big_mul(a.den, b.den));
}

BigRat rat_sub(BigRat a, BigRat b) {
	return rat_add(a, rat_neg(b));
}

BigRat rat_mul(BigRat a, BigRat b) {
	return rat_make(big_mul(a.num, b.num), big_mul(a.den, b.den));
}

BigRat rat_quo(BigRat a, BigRat b) {
	return rat_make(big_mul(a.num, b.den), big_mul(a.den, b.num));
}

// |r| ~ q * 2^e with q < 2^prec (q may reach 2^prec after rounding up),
// e >= emin, rounded to nearest, ties to even.
static void round_mant(BigRat r, int prec, long emin, BigInt *q, long *e) {
	BigInt a = r.num, b = r.den, rem;
	a.neg = false;
	// a/b lies in (2^(k-1), 2^(k+1)) for k = bitlen(a) - bitlen(b)
	*e = (long)big_bitlen(a) - big_bitlen(b) - prec;
	for (;;) {
		if (*e < emin)
			*e = emin;
		BigInt divisor = b;
		if (*e >= 0)
			divisor = big_shl(b, (uint64_t)*e);
		big_quorem(*e >= 0 ? a : big_shl(a, (uint64_t)-*e), divisor, q, &rem);
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
