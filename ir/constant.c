// constant.c - exact constant arithmetic and representability (constant.h).
//
// Numeric constants are exact like Go's (go/constant): integers are
// bignums limited to 512 bits while untyped, floats are fractions (huge
// ones fall back to a 512-bit mantissa), complex numbers are two such
// fractions. ConstVal.i / .f / .im always hold the value or its nearest
// approximation; ConstVal.big / .bigim keep the exact value when they are
// only approximations. Typed constants are rounded to their type after
// every operation by the caller via const_represent.
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "bignum.h"
#include "constant.h"
#include "diag.h"
#include "types.h"

ConstVal cv_int(__int128 i) {
	return (ConstVal){.kind = CV_INT, .i = i, .f = (double)i};
}

ConstVal cv_float(double f) {
	return (ConstVal){.kind = CV_FLOAT, .f = f + 0.0}; // constants have no -0
}

ConstVal cv_bool(bool b) {
	return (ConstVal){.kind = CV_BOOL, .b = b};
}

ConstVal cv_string(const char *s, size_t n) {
	return (ConstVal){.kind = CV_STRING, .s = s, .slen = n};
}

// The exact value of a numeric constant (the real part of a complex one).
// Integers within ±2^53 are exact both as v.i and as v.f: the common
// case, which needs no big number arithmetic.
enum { SMALL_INT_BITS = 53 };

static bool is_small_int(ConstVal v) {
	__int128 lim = (__int128)1 << SMALL_INT_BITS;
	return v.kind == CV_INT && !v.big && v.i > -lim && v.i < lim;
}

static BigRat exact(ConstVal v) {
	if (v.big)
		return *v.big;
	if (v.kind == CV_INT)
		return rat_from_int(big_from_i128(v.i));
	return rat_from_double(v.f);
}

// The exact imaginary part of a numeric constant.
static BigRat exact_im(ConstVal v) {
	if (v.kind != CV_COMPLEX)
		return rat_from_int(big_from_i128(0));
	return v.bigim ? *v.bigim : rat_from_double(v.im);
}

static bool is_numeric(ConstVal v) {
	return v.kind == CV_INT || v.kind == CV_FLOAT || v.kind == CV_COMPLEX;
}

// A numeric constant that is a real number (complex ones with a zero
// imaginary part count: Go converts them to integers and floats).
static bool is_real(ConstVal v) {
	return v.kind == CV_INT || v.kind == CV_FLOAT || (v.kind == CV_COMPLEX && rat_sign(exact_im(v)) == 0);
}

// Go keeps fractions while their parts stay below 4096 bits and then
// switches to floats with a 512-bit mantissa (go/constant's makeRat).
enum { MAX_FRACTION_BITS = 4096, FLOAT_PREC = 512, MAX_UNTYPED_INT_BITS = 512 };

// A numeric constant of kind k with the exact value r (CV_NONE for a float
// whose exponent leaves big.Float's range).
static ConstVal cv_exact(ConstKind k, BigRat r) {
	if (k == CV_FLOAT && rat_bits(r) >= MAX_FRACTION_BITS) {
		r = rat_round(r, FLOAT_PREC, LONG_MIN / 2);
		// big.Float's exponent is an int32: beyond it the value is
		// infinite (go/constant's unknown) or zero
		long e;
		rat_frexp(r, &e);
		if (e > INT32_MAX)
			return (ConstVal){.kind = CV_NONE};
		if (e < INT32_MIN)
			return cv_float(0);
	}
	ConstVal v = {.kind = k};
	bool overflow;
	v.f = rat_to_float64(r, &overflow) + 0.0;
	bool is_exact;
	if (k == CV_INT)
		is_exact = rat_to_i128(r, &v.i);
	else {
		is_exact = !overflow && rat_cmp(rat_from_double(v.f), r) == 0;
		rat_to_i128(r, &v.i);
	}
	if (!is_exact) {
		BigRat *p = xmalloc(sizeof *p);
		*p = r;
		v.big = p;
	}
	return v;
}

// The complex constant re + im*i.
static ConstVal cv_exact_complex(BigRat re, BigRat im) {
	ConstVal v = cv_exact(CV_FLOAT, re), w = cv_exact(CV_FLOAT, im);
	v.kind = CV_COMPLEX;
	v.im = w.f;
	v.bigim = w.big;
	return v;
}

// A decimal literal of at most 15 digits without a leading zero (not
// octal): below 10^15 < 2^53.
static bool small_decimal(const char *lit, size_t n, int64_t *v) {
	if (n == 0 || n > 15 || (lit[0] == '0' && n > 1))
		return false;
	int64_t x = 0;
	for (size_t i = 0; i < n; i++) {
		if (lit[i] < '0' || lit[i] > '9')
			return false;
		x = x * 10 + (lit[i] - '0');
	}
	*v = x;
	return true;
}

bool const_literal_decoded(const char *lit, size_t n, const ConstVal *v) {
	int64_t small;
	return v->kind == CV_INT && !v->big && small_decimal(lit, n, &small) && v->i == small && v->f == (double)small;
}

ConstVal const_from_literal(const char *lit, size_t n, bool is_float) {
	int64_t small;
	if (!is_float && small_decimal(lit, n, &small))
		return cv_int(small); // what cv_exact gives, without big numbers
	if (!is_float)
		return cv_exact(CV_INT, rat_from_int(big_parse_literal(lit, n)));
	BigRat r;
	if (!rat_parse_float(lit, n, &r))
		return (ConstVal){.kind = CV_NONE};
	return cv_exact(CV_FLOAT, r);
}

ConstVal const_from_imag_literal(const char *lit, size_t n) {
	BigRat zero = rat_from_int(big_from_i128(0)), im;
	n--; // the 'i'
	bool prefixed = n >= 2 && lit[0] == '0' && strchr("xXbBoO", lit[1]);
	if (prefixed && !memchr(lit, '.', n) && !memchr(lit, 'p', n) && !memchr(lit, 'P', n))
		im = rat_from_int(big_parse_literal(lit, n)); // 0x10i, 0b1i, 0o7i
	else if (!rat_parse_float(lit, n, &im))         // floats, and 0123i: decimal for backward compatibility
		return (ConstVal){.kind = CV_NONE};
	return cv_exact_complex(zero, im);
}

ConstVal const_to_float(ConstVal v) {
	if (v.kind == CV_INT)
		return cv_exact(CV_FLOAT, exact(v));
	return v;
}

ConstVal const_to_complex(ConstVal v) {
	if (v.kind == CV_INT || v.kind == CV_FLOAT)
		return cv_exact_complex(exact(v), exact_im(v));
	return v;
}

ConstVal const_real(ConstVal v) {
	return cv_exact(CV_FLOAT, exact(v));
}

ConstVal const_imag(ConstVal v) {
	return cv_exact(CV_FLOAT, exact_im(v));
}

ConstVal const_complex(ConstVal re, ConstVal im) {
	return cv_exact_complex(exact(re), exact(im));
}

bool const_is_zero(ConstVal v) {
	if ((v.kind == CV_INT || v.kind == CV_FLOAT) && !v.big)
		return v.kind == CV_INT ? v.i == 0 : v.f == 0;
	return is_numeric(v) && rat_sign(exact(v)) == 0 && rat_sign(exact_im(v)) == 0;
}

bool const_int_overflow(ConstVal v) {
	return v.kind == CV_INT && v.big && rat_bits(*v.big) > MAX_UNTYPED_INT_BITS;
}

bool const_int64(ConstVal v, int64_t *out) {
	if (!is_real(v))
		return false;
	BigRat r = exact(v);
	__int128 i;
	if (!rat_to_i128(r, &i) || i < INT64_MIN || i > INT64_MAX)
		return false;
	*out = (int64_t)i;
	return true;
}

static bool int_binary(Op op, BigInt a, BigInt b, BigInt *r) {
	BigInt q, rem;
	switch (op) {
	case OP_ADD: *r = big_add(a, b); return true;
	case OP_SUB: *r = big_sub(a, b); return true;
	case OP_MUL: *r = big_mul(a, b); return true;
	case OP_DIV: case OP_REM:
		if (!big_sign(b))
			return false;
		big_quorem(a, b, &q, &rem);
		*r = op == OP_DIV ? q : rem;
		return true;
	case OP_AND: *r = big_and(a, b); return true;
	case OP_OR: *r = big_or(a, b); return true;
	case OP_XOR: *r = big_xor(a, b); return true;
	case OP_ANDNOT: *r = big_andnot(a, b); return true;
	default: return false;
	}
}

// (a+bi) op (c+di), exact like go/constant.
static bool complex_binary(Op op, ConstVal x, ConstVal y, ConstVal *out) {
	BigRat a = exact(x), b = exact_im(x), c = exact(y), d = exact_im(y), re, im;
	switch (op) {
	case OP_ADD:
		re = rat_add(a, c);
		im = rat_add(b, d);
		break;
	case OP_SUB:
		re = rat_sub(a, c);
		im = rat_sub(b, d);
		break;
	case OP_MUL:
		re = rat_sub(rat_mul(a, c), rat_mul(b, d));
		im = rat_add(rat_mul(b, c), rat_mul(a, d));
		break;
	case OP_DIV: {
		// ((ac+bd) + (bc-ad)i) / (c²+d²)
		BigRat s = rat_add(rat_mul(c, c), rat_mul(d, d));
		if (!rat_sign(s))
			return false;
		re = rat_quo(rat_add(rat_mul(a, c), rat_mul(b, d)), s);
		im = rat_quo(rat_sub(rat_mul(b, c), rat_mul(a, d)), s);
		break;
	}
	default:
		return false;
	}
	*out = cv_exact_complex(re, im);
	return true;
}

// Integer arithmetic on two small integers whose result is small too:
// what the exact path gives, without big numbers. The bitwise operators
// take non-negative operands only (those need no two's complement).
static bool small_int_binary(Op op, ConstVal a, ConstVal b, ConstVal *out) {
	if (!is_small_int(a) || !is_small_int(b))
		return false;
	__int128 x = a.i, y = b.i, r;
	switch (op) {
	case OP_ADD: r = x + y; break;
	case OP_SUB: r = x - y; break;
	case OP_MUL: r = x * y; break;
	case OP_DIV: case OP_REM:
		if (y == 0)
			return false;
		r = op == OP_DIV ? x / y : x % y; // truncated, like big_quorem
		break;
	case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
		if (x < 0 || y < 0)
			return false;
		r = op == OP_AND ? x & y : op == OP_OR ? x | y : op == OP_XOR ? x ^ y : x & ~y;
		break;
	default:
		return false;
	}
	ConstVal v = cv_int(r);
	if (!is_small_int(v))
		return false;
	*out = v;
	return true;
}

bool const_binary(Op op, ConstVal a, ConstVal b, bool integer, ConstVal *out) {
	if (a.kind == CV_STRING && b.kind == CV_STRING && op == OP_ADD) {
		char *s = xmalloc(a.slen + b.slen + 1);
		memcpy(s, a.s, a.slen);
		memcpy(s + a.slen, b.s, b.slen);
		s[a.slen + b.slen] = 0;
		*out = cv_string(s, a.slen + b.slen);
		return true;
	}
	if (a.kind == CV_BOOL && b.kind == CV_BOOL) {
		if (op == OP_LAND)
			*out = cv_bool(a.b && b.b);
		else if (op == OP_LOR)
			*out = cv_bool(a.b || b.b);
		else
			return false;
		return true;
	}
	if (a.kind == CV_COMPLEX || b.kind == CV_COMPLEX)
		return complex_binary(op, a, b, out);
	if (integer && small_int_binary(op, a, b, out))
		return true;
	BigRat x = exact(a), y = exact(b), r;
	if (integer && a.kind == CV_INT && b.kind == CV_INT) {
		BigInt i;
		if (!int_binary(op, rat_int(x), rat_int(y), &i))
			return false;
		*out = cv_exact(CV_INT, rat_from_int(i));
		return true;
	}
	// untyped division of integer constants in a float context, or floats
	switch (op) {
	case OP_ADD: r = rat_add(x, y); break;
	case OP_SUB: r = rat_sub(x, y); break;
	case OP_MUL: r = rat_mul(x, y); break;
	case OP_DIV:
		if (!rat_sign(y))
			return false;
		r = rat_quo(x, y);
		break;
	default: return false;
	}
	*out = cv_exact(CV_FLOAT, r);
	return true;
}

bool const_compare(Op op, ConstVal a, ConstVal b) {
	int c;
	if (a.kind == CV_STRING) {
		size_t n = a.slen < b.slen ? a.slen : b.slen;
		c = memcmp(a.s, b.s, n);
		if (!c)
			c = a.slen < b.slen ? -1 : a.slen > b.slen;
	} else if (a.kind == CV_BOOL) {
		c = a.b != b.b;
	} else if (!a.big && !b.big && a.kind == b.kind && (a.kind == CV_INT || a.kind == CV_FLOAT)) {
		// exactly a.i or a.f without a big part: no big numbers needed
		c = a.kind == CV_INT ? (a.i > b.i) - (a.i < b.i) : (a.f > b.f) - (a.f < b.f);
	} else if (a.kind == CV_COMPLEX || b.kind == CV_COMPLEX) {
		c = rat_cmp(exact(a), exact(b)) || rat_cmp(exact_im(a), exact_im(b)); // only == and !=
	} else {
		c = rat_cmp(exact(a), exact(b));
	}
	switch (op) {
	case OP_EQ: return c == 0;
	case OP_NE: return c != 0;
	case OP_LT: return c < 0;
	case OP_LE: return c <= 0;
	case OP_GT: return c > 0;
	case OP_GE: return c >= 0;
	default: return false;
	}
}

static int int_bits(TypeKind k) {
	switch (k) {
	case TY_INT8: case TY_UINT8: return 8;
	case TY_INT16: case TY_UINT16: return 16;
	case TY_INT32: case TY_UINT32: return 32;
	default: return 64;
	}
}

bool const_unary(Op op, ConstVal a, Type *t, ConstVal *out) {
	Type *u = type_under(t);
	switch (op) {
	case OP_ADD:
		*out = a;
		return true;
	case OP_SUB:
		if (a.kind == CV_COMPLEX)
			*out = cv_exact_complex(rat_neg(exact(a)), rat_neg(exact_im(a)));
		else if (a.kind == CV_INT || a.kind == CV_FLOAT)
			*out = cv_exact(a.kind, rat_neg(exact(a)));
		else
			return false;
		return true;
	case OP_XOR: {
		if (a.kind != CV_INT)
			return false;
		BigInt r = big_not(rat_int(exact(a)));
		// for unsigned types ^x flips only the type's bits
		if (type_is_unsigned(u))
			r = big_and(r, big_sub(big_shl(big_from_i128(1), (uint64_t)int_bits(u->kind)), big_from_i128(1)));
		*out = cv_exact(CV_INT, rat_from_int(r));
		return true;
	}
	case OP_NOT:
		if (a.kind != CV_BOOL)
			return false;
		*out = cv_bool(!a.b);
		return true;
	default:
		return false;
	}
}

bool const_shift(Op op, ConstVal a, uint64_t count, ConstVal *out) {
	if (a.kind != CV_INT)
		return false;
	BigInt x = rat_int(exact(a));
	*out = cv_exact(CV_INT, rat_from_int(op == OP_SHR ? big_shr(x, count) : big_shl(x, count)));
	return true;
}

static bool int_fits(__int128 v, TypeKind k) {
	switch (k) {
	case TY_INT8: return v >= INT8_MIN && v <= INT8_MAX;
	case TY_INT16: return v >= INT16_MIN && v <= INT16_MAX;
	case TY_INT32: return v >= INT32_MIN && v <= INT32_MAX;
	case TY_INT: case TY_INT64: return v >= INT64_MIN && v <= INT64_MAX;
	case TY_UINT8: return v >= 0 && v <= UINT8_MAX;
	case TY_UINT16: return v >= 0 && v <= UINT16_MAX;
	case TY_UINT32: return v >= 0 && v <= UINT32_MAX;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: return v >= 0 && v <= (__int128)UINT64_MAX;
	default: return true;
	}
}

// The nearest float32 (single) or float64 to r.
static double round_float(BigRat r, bool single, bool *overflow) {
	return single ? rat_to_float32(r, overflow) : rat_to_float64(r, overflow);
}

Repr const_represent(ConstVal v, Type *t, ConstVal *out) {
	Type *u = type_under(t);
	*out = v;
	if (!u)
		return REPR_MISMATCH;
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL:
		return v.kind == CV_BOOL ? REPR_OK : REPR_MISMATCH;
	case TY_STRING: case TY_UNTYPED_STRING:
		return v.kind == CV_STRING ? REPR_OK : REPR_MISMATCH;
	case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT: {
		if (!is_numeric(v))
			return REPR_MISMATCH;
		if (!is_real(v))
			return REPR_OVERFLOW; // types2's word for a lost imaginary part
		if (u->kind == TY_UNTYPED_FLOAT) {
			*out = cv_exact(CV_FLOAT, exact(v));
			return REPR_OK;
		}
		bool overflow;
		double f = round_float(exact(v), u->kind == TY_FLOAT32, &overflow);
		if (overflow)
			return REPR_OVERFLOW;
		*out = cv_float(f);
		return REPR_OK;
	}
	case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX: {
		if (!is_numeric(v))
			return REPR_MISMATCH;
		if (u->kind == TY_UNTYPED_COMPLEX) {
			*out = const_to_complex(v);
			return REPR_OK;
		}
		bool single = u->kind == TY_COMPLEX64, overflow_re, overflow_im;
		double re = round_float(exact(v), single, &overflow_re), im = round_float(exact_im(v), single, &overflow_im);
		if (overflow_re || overflow_im)
			return REPR_OVERFLOW;
		*out = (ConstVal){.kind = CV_COMPLEX, .f = re + 0.0, .im = im + 0.0};
		return REPR_OK;
	}
	default: {
		if (!type_is_integer(u))
			return REPR_MISMATCH;
		if (!is_numeric(v))
			return REPR_MISMATCH;
		if (is_small_int(v)) { // the exact path's result, without big numbers
			if (u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE || int_fits(v.i, u->kind)) {
				*out = cv_int(v.i);
				return REPR_OK;
			}
			return REPR_OVERFLOW;
		}
		// float or complex -> integer failures are all "truncated", like types2
		Repr bad = v.kind != CV_INT ? REPR_TRUNCATED : REPR_OVERFLOW;
		BigRat r = exact(v);
		if (!is_real(v) || !rat_is_int(r))
			return REPR_TRUNCATED;
		if (u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE) {
			*out = cv_exact(CV_INT, r);
			return REPR_OK;
		}
		__int128 i;
		if (!rat_to_i128(r, &i) || !int_fits(i, u->kind))
			return bad;
		*out = cv_int(i);
		return REPR_OK;
	}
	}
}

static char *int128_string(__int128 v) {
	char buf[64], *p = buf + sizeof buf;
	unsigned __int128 x = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
	*--p = 0;
	do {
		*--p = '0' + (int)(x % 10);
		x /= 10;
	} while (x);
	if (v < 0)
		*--p = '-';
	return xstrdup(p);
}

static const char *quote_string(const char *s, size_t n) {
	char *out = xmalloc(n * 4 + 3), *p = out;
	*p++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		switch (c) {
		case '\a': *p++ = '\\'; *p++ = 'a'; break;
		case '\b': *p++ = '\\'; *p++ = 'b'; break;
		case '\f': *p++ = '\\'; *p++ = 'f'; break;
		case '\n': *p++ = '\\'; *p++ = 'n'; break;
		case '\r': *p++ = '\\'; *p++ = 'r'; break;
		case '\t': *p++ = '\\'; *p++ = 't'; break;
		case '\v': *p++ = '\\'; *p++ = 'v'; break;
		case '\\': *p++ = '\\'; *p++ = '\\'; break;
		case '"': *p++ = '\\'; *p++ = '"'; break;
		default:
			if (c < 0x20 || c == 0x7f)
				p += sprintf(p, "\\x%02x", c);
			else
				*p++ = c;
		}
	}
	*p++ = '"';
	*p = 0;
	return out;
}

// Go's short spelling of a float constant (go/constant's floatVal.String):
// %.6g when float64 can hold it, else its approximate decimal conversion
// from the binary mantissa and exponent, done in float64 like Go's.
static const char *float_string(ConstVal v) {
	if (!v.big || (__builtin_isfinite(v.f) && v.f != 0))
		return xasprintf("%.6g", v.f);
	long exp;
	double m = rat_frexp(*v.big, &exp);    // 0.5 <= |m| <= 1
	double d = (double)exp * 0.30102999566398120; // log10(2)
	long e = (long)d;
	m *= pow(10, d - (double)e);
	if (fabs(m) < 1 - 0.5e-6) {
		m *= 10;
		e--;
	} else if (fabs(m) >= 10) {
		m /= 10;
		e++;
	}
	return xasprintf("%.6ge%+ld", m, e);
}

// go/constant shortens long strings: at most 72 runes, quotes included,
// the last three replaced by "...".
static const char *short_quote(const char *s, size_t n) {
	enum { MAX_RUNES = 72 };
	const char *q = quote_string(s, n);
	size_t runes = 0, cut = 0;
	for (size_t i = 0; q[i]; i++)
		if (((unsigned char)q[i] & 0xC0) != 0x80 && ++runes == MAX_RUNES - 2)
			cut = i;
	if (runes <= MAX_RUNES)
		return q;
	return xasprintf("%.*s...", (int)cut, q);
}

const char *const_string(ConstVal v) {
	switch (v.kind) {
	case CV_BOOL: return v.b ? "true" : "false";
	case CV_INT: return v.big ? big_string(rat_int(*v.big)) : int128_string(v.i);
	case CV_FLOAT: return float_string(v);
	case CV_COMPLEX: // go/constant spells both parts like floats
		return xasprintf("(%s + %si)", float_string(const_real(v)), float_string(const_imag(v)));
	case CV_STRING: return short_quote(v.s, v.slen);
	default: return "?";
	}
}
