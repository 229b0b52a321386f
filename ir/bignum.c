// bignum.c - arbitrary-precision integers: sign and magnitude with 32-bit
// limbs, schoolbook multiplication and Knuth's algorithm D for division.
// Sizes stay small (Go limits untyped integer constants to 512 bits), so
// simplicity wins over asymptotics.
#include <string.h>
#include "bignum.h"
#include "diag.h"

static BigInt big_alloc(int len) {
	return (BigInt){.d = len ? xcalloc((size_t)len, sizeof(uint32_t)) : NULL, .len = len};
}

static BigInt trim(BigInt r) {
	while (r.len && !r.d[r.len - 1])
		r.len--;
	if (!r.len)
		r.neg = false;
	return r;
}

BigInt big_from_i128(__int128 v) {
	unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
	BigInt r = big_alloc(4);
	for (int i = 0; i < 4; i++, m >>= 32)
		r.d[i] = (uint32_t)m;
	r.neg = v < 0;
	return trim(r);
}

bool big_to_i128(BigInt a, __int128 *out) {
	if (a.len > 4)
		return false;
	unsigned __int128 m = 0, limit = (unsigned __int128)1 << 127;
	for (int i = a.len - 1; i >= 0; i--)
		m = m << 32 | a.d[i];
	if (a.neg ? m > limit : m >= limit)
		return false;
	*out = (__int128)(a.neg ? -m : m); // -2^127 wraps to INT128_MIN (gcc: modular)
	return true;
}

static int digit_of(char c) {
	if (c >= '0' && c <= '9')
		return c - '0';
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
		return (c | 0x20) - 'a' + 10;
	return -1;
}

BigInt big_parse(const char *s, size_t n, int base) {
	BigInt r = big_alloc((int)(n / 8 + 2)); // at most 4 bits per digit
	r.len = 0;
	for (size_t i = 0; i < n; i++) {
		int d = digit_of(s[i]);
		if (d < 0 || d >= base)
			continue; // '_' separators (the lexer validated the rest)
		uint64_t carry = (uint64_t)d;
		for (int k = 0; k < r.len; k++) {
			uint64_t x = (uint64_t)r.d[k] * (uint64_t)base + carry;
			r.d[k] = (uint32_t)x;
			carry = x >> 32;
		}
		if (carry)
			r.d[r.len++] = (uint32_t)carry;
	}
	return trim(r);
}

BigInt big_parse_literal(const char *s, size_t n) {
	if (n >= 2 && s[0] == '0') {
		switch (s[1] | 0x20) {
		case 'x': return big_parse(s + 2, n - 2, 16);
		case 'b': return big_parse(s + 2, n - 2, 2);
		case 'o': return big_parse(s + 2, n - 2, 8);
		default: return big_parse(s + 1, n - 1, 8);
		}
	}
	return big_parse(s, n, 10);
}

int big_sign(BigInt a) {
	return a.neg ? -1 : a.len != 0;
}

static int mag_cmp(BigInt a, BigInt b) {
	if (a.len != b.len)
		return a.len < b.len ? -1 : 1;
	for (int i = a.len - 1; i >= 0; i--)
		if (a.d[i] != b.d[i])
			return a.d[i] < b.d[i] ? -1 : 1;
	return 0;
}

int big_cmp(BigInt a, BigInt b) {
	if (a.neg != b.neg)
		return a.neg ? -1 : 1;
	int c = mag_cmp(a, b);
	return a.neg ? -c : c;
}

int big_bitlen(BigInt a) {
	if (!a.len)
		return 0;
	return (a.len - 1) * 32 + (32 - __builtin_clz(a.d[a.len - 1]));
}

long big_trailing_zeros(BigInt a) {
	long n = 0;
	int i = 0;
	for (; i < a.len && !a.d[i]; i++)
		n += 32;
	return i < a.len ? n + __builtin_ctz(a.d[i]) : 0;
}

BigInt big_neg(BigInt a) {
	if (a.len)
		a.neg = !a.neg;
	return a;
}

static BigInt mag_add(BigInt a, BigInt b) {
	if (a.len < b.len) {
		BigInt t = a;
		a = b;
		b = t;
	}
	BigInt r = big_alloc(a.len + 1);
	uint64_t c = 0;
	for (int i = 0; i < a.len; i++) {
		c += (uint64_t)a.d[i] + (i < b.len ? b.d[i] : 0);
		r.d[i] = (uint32_t)c;
		c >>= 32;
	}
	r.d[a.len] = (uint32_t)c;
	return trim(r);
}

// |a| - |b| for |a| >= |b|.
static BigInt mag_sub(BigInt a, BigInt b) {
	BigInt r = big_alloc(a.len);
	uint64_t borrow = 0;
	for (int i = 0; i < a.len; i++) {
		uint64_t t = (uint64_t)a.d[i] - (i < b.len ? b.d[i] : 0) - borrow;
		r.d[i] = (uint32_t)t;
		borrow = t >> 63;
	}
	return trim(r);
}

BigInt big_add(BigInt a, BigInt b) {
	if (a.neg == b.neg) {
		BigInt r = mag_add(a, b);
		r.neg = a.neg && r.len;
		return r;
	}
	int c = mag_cmp(a, b);
	if (c == 0)
		return big_alloc(0);
	BigInt r = c > 0 ? mag_sub(a, b) : mag_sub(b, a);
	r.neg = c > 0 ? a.neg : b.neg;
	return r;
}

BigInt big_sub(BigInt a, BigInt b) {
	return big_add(a, big_neg(b));
}

BigInt big_mul(BigInt a, BigInt b) {
	if (!a.len || !b.len)
		return big_alloc(0);
	BigInt r = big_alloc(a.len + b.len);
	for (int i = 0; i < a.len; i++) {
		uint64_t c = 0;
		for (int j = 0; j < b.len; j++) {
			c += (uint64_t)a.d[i] * b.d[j] + r.d[i + j];
			r.d[i + j] = (uint32_t)c;
			c >>= 32;
		}
		r.d[i + b.len] = (uint32_t)c;
	}
	r.neg = a.neg != b.neg;
	return trim(r);
}

// Magnitude division u / v (v.len >= 1, |u| >= |v|): Knuth's algorithm D
// as in Hacker's Delight (divmnu), normalising v so its top bit is set.
static void mag_divmod(BigInt u, BigInt v, BigInt *q, BigInt *r) {
	int m = u.len, n = v.len;
	*q = big_alloc(m - n + 1);
	if (n == 1) {
		uint64_t rem = 0;
		for (int j = m - 1; j >= 0; j--) {
			uint64_t cur = rem << 32 | u.d[j];
			q->d[j] = (uint32_t)(cur / v.d[0]);
			rem = cur % v.d[0];
		}
		*q = trim(*q);
		*r = trim(big_from_i128((__int128)rem));
		return;
	}
	int s = __builtin_clz(v.d[n - 1]);
	uint32_t *vn = xcalloc((size_t)n, sizeof *vn), *un = xcalloc((size_t)m + 1, sizeof *un);
	for (int i = n - 1; i > 0; i--)
		vn[i] = (uint32_t)((uint64_t)v.d[i] << s | (s ? (uint64_t)v.d[i - 1] >> (32 - s) : 0));
	vn[0] = v.d[0] << s;
	un[m] = s ? (uint32_t)((uint64_t)u.d[m - 1] >> (32 - s)) : 0;
	for (int i = m - 1; i > 0; i--)
		un[i] = (uint32_t)((uint64_t)u.d[i] << s | (s ? (uint64_t)u.d[i - 1] >> (32 - s) : 0));
	un[0] = u.d[0] << s;
	const uint64_t base = (uint64_t)1 << 32;
	for (int j = m - n; j >= 0; j--) {
		uint64_t num = (uint64_t)un[j + n] << 32 | un[j + n - 1];
		uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
		while (qhat >= base || qhat * vn[n - 2] > (rhat << 32 | un[j + n - 2])) {
			qhat--;
			rhat += vn[n - 1];
			if (rhat >= base)
				break;
		}
		// un[j..j+n] -= qhat * vn
		int64_t borrow = 0, t;
		for (int i = 0; i < n; i++) {
			uint64_t p = qhat * vn[i];
			t = (int64_t)un[i + j] - borrow - (int64_t)(p & 0xFFFFFFFFu);
			un[i + j] = (uint32_t)t;
			borrow = (int64_t)(p >> 32) - (t >> 32);
		}
		t = (int64_t)un[j + n] - borrow;
		un[j + n] = (uint32_t)t;
		q->d[j] = (uint32_t)qhat;
		if (t < 0) { // qhat was one too large: add v back
			q->d[j]--;
			uint64_t c = 0;
			for (int i = 0; i < n; i++) {
				c += (uint64_t)un[i + j] + vn[i];
				un[i + j] = (uint32_t)c;
				c >>= 32;
			}
			un[j + n] += (uint32_t)c;
		}
	}
	*r = big_alloc(n);
	for (int i = 0; i < n; i++)
		r->d[i] = (uint32_t)(((uint64_t)un[i] >> s) | (s ? (uint64_t)un[i + 1] << (32 - s) : 0));
	*q = trim(*q);
	*r = trim(*r);
}

void big_quorem(BigInt a, BigInt b, BigInt *q, BigInt *r) {
	if (mag_cmp(a, b) < 0) {
		*q = big_alloc(0);
		*r = a;
		return;
	}
	mag_divmod(a, b, q, r);
	q->neg = (a.neg != b.neg) && q->len;
	r->neg = a.neg && r->len;
}

BigInt big_shl(BigInt a, uint64_t n) {
	if (!a.len)
		return a;
	int limbs = (int)(n / 32), bits = (int)(n % 32);
	BigInt r = big_alloc(a.len + limbs + 1);
	for (int i = 0; i < a.len; i++) {
		uint64_t x = (uint64_t)a.d[i] << bits;
		r.d[i + limbs] |= (uint32_t)x;
		r.d[i + limbs + 1] |= (uint32_t)(x >> 32);
	}
	r.neg = a.neg;
	return trim(r);
}

// |a| >> n; *lost tells whether one bits were shifted out.
static BigInt mag_shr(BigInt a, uint64_t n, bool *lost) {
	*lost = false;
	if (n >= (uint64_t)a.len * 32) {
		*lost = a.len != 0;
		return big_alloc(0);
	}
	int limbs = (int)(n / 32), bits = (int)(n % 32);
	for (int i = 0; i < limbs; i++)
		*lost |= a.d[i] != 0;
	if (bits && (a.d[limbs] & ((1u << bits) - 1)))
		*lost = true;
	BigInt r = big_alloc(a.len - limbs);
	for (int i = 0; i < r.len; i++) {
		uint64_t x = a.d[i + limbs] | (i + limbs + 1 < a.len ? (uint64_t)a.d[i + limbs + 1] << 32 : 0);
		r.d[i] = (uint32_t)(x >> bits);
	}
	return trim(r);
}

BigInt big_shr(BigInt a, uint64_t n) {
	bool lost;
	BigInt r = mag_shr(a, n, &lost);
	if (!a.neg)
		return r;
	// floor(-m / 2^n) = -(m >> n) - (bits lost ? 1 : 0)
	if (lost)
		r = mag_add(r, big_from_i128(1));
	return big_neg(r);
}

// Two's complement image of a in n limbs (n > a.len, so the sign fits).
// t = -t in n-word two's complement (invert, add one).
static void negate_twos(uint32_t *t, int n) {
	uint64_t c = 1;
	for (int i = 0; i < n; i++) {
		c += (uint32_t)~t[i];
		t[i] = (uint32_t)c;
		c >>= 32;
	}
}

static uint32_t *twos(BigInt a, int n) {
	uint32_t *t = xcalloc((size_t)n, sizeof *t);
	memcpy(t, a.d, (size_t)a.len * sizeof *t);
	if (a.neg)
		negate_twos(t, n);
	return t;
}

static BigInt from_twos(uint32_t *t, int n) {
	BigInt r = {.d = t, .len = n};
	if (t[n - 1] >> 31) {
		negate_twos(t, n);
		r.neg = true;
	}
	return trim(r);
}

typedef enum { BIT_AND, BIT_OR, BIT_XOR, BIT_ANDNOT } BitOp;

static BigInt bitwise(BigInt a, BigInt b, BitOp op) {
	int n = (a.len > b.len ? a.len : b.len) + 1;
	uint32_t *x = twos(a, n), *y = twos(b, n);
	for (int i = 0; i < n; i++) {
		switch (op) {
		case BIT_AND: x[i] &= y[i]; break;
		case BIT_OR: x[i] |= y[i]; break;
		case BIT_XOR: x[i] ^= y[i]; break;
		case BIT_ANDNOT: x[i] &= ~y[i]; break;
		}
	}
	return from_twos(x, n);
}

BigInt big_and(BigInt a, BigInt b) {
	return bitwise(a, b, BIT_AND);
}

BigInt big_or(BigInt a, BigInt b) {
	return bitwise(a, b, BIT_OR);
}

BigInt big_xor(BigInt a, BigInt b) {
	return bitwise(a, b, BIT_XOR);
}

BigInt big_andnot(BigInt a, BigInt b) {
	return bitwise(a, b, BIT_ANDNOT);
}

BigInt big_not(BigInt a) {
	return big_sub(big_neg(a), big_from_i128(1));
}

BigInt big_gcd(BigInt a, BigInt b) {
	a.neg = b.neg = false;
	while (b.len) {
		BigInt q, r;
		big_quorem(a, b, &q, &r);
		a = b;
		b = r;
	}
	return a;
}

char *big_string(BigInt a) {
	// groups of 9 digits, least significant first
	size_t cap = (size_t)a.len * 10 + 3;
	char *buf = xmalloc(cap), *p = buf + cap;
	*--p = 0;
	uint32_t *m = xmalloc((size_t)a.len * sizeof *m + 1);
	memcpy(m, a.d, (size_t)a.len * sizeof *m);
	int len = a.len;
	do {
		uint64_t rem = 0;
		for (int i = len - 1; i >= 0; i--) {
			uint64_t cur = rem << 32 | m[i];
			m[i] = (uint32_t)(cur / 1000000000u);
			rem = cur % 1000000000u;
		}
		while (len && !m[len - 1])
			len--;
		for (int k = 0; k < 9 && (len || rem); k++, rem /= 10)
			*--p = (char)('0' + rem % 10);
	} while (len);
	if (!*p)
		*--p = '0';
	if (a.neg)
		*--p = '-';
	return p;
}
