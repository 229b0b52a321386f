// fmt_float.c - float formatting for fmt: %e %f with C's correctly rounded
// conversions, %g/%v from decimal digits (shortest round-trip or N
// significant ones) laid out the way strconv's 'g' does, %x/%X (hex
// mantissa, binary exponent), %b (integer mantissa, binary exponent), and
// what the # flag adds to them.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fmt.h"

typedef struct Digits {
	char d[32];                // significant digits, no trailing zeros
	int nd;                    // how many
	int dp;                    // decimal point position: value = 0.d × 10^dp
} Digits;

// Correctly rounded n significant digits of v > 0.
static void digits_n(double v, int n, Digits *out) {
	char s[48];
	snprintf(s, sizeof s, "%.*e", n - 1, v);
	char *e = strchr(s, 'e');
	out->nd = 0;
	for (char *p = s; p < e; p++)
		if (*p != '.')
			out->d[out->nd++] = *p;
	out->dp = atoi(e + 1) + 1;
	while (out->nd > 0 && out->d[out->nd - 1] == '0')
		out->nd--;
}

// The fewest digits that read back as the same float (of the given size).
static void digits_shortest(double v, int size, Digits *out) {
	char s[48];
	for (int n = 1; n < 17; n++) {
		snprintf(s, sizeof s, "%.*e", n - 1, v);
		if (size == 32 ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v) {
			digits_n(v, n, out);
			return;
		}
	}
	digits_n(v, 17, out);
}

static void layout_e(RtBuf *b, const Digits *d, int prec, char echar) {
	buf_byte(b, d->nd > 0 ? d->d[0] : '0');
	if (prec > 0) {
		buf_byte(b, '.');
		for (int i = 1; i <= prec; i++)
			buf_byte(b, i < d->nd ? d->d[i] : '0');
	}
	int exp = d->nd > 0 ? d->dp - 1 : 0;
	buf_printf(b, "%c%c%02d", echar, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

static void layout_f(RtBuf *b, const Digits *d, int prec) {
	if (d->dp > 0) {
		for (int i = 0; i < d->dp; i++)
			buf_byte(b, i < d->nd ? d->d[i] : '0');
	} else {
		buf_byte(b, '0');
	}
	if (prec > 0) {
		buf_byte(b, '.');
		for (int i = 1; i <= prec; i++) {
			int j = d->dp + i - 1;
			buf_byte(b, j >= 0 && j < d->nd ? d->d[j] : '0');
		}
	}
}

// strconv.FormatFloat(v, 'g', prec, size) for finite v >= 0.
static void format_g(RtBuf *b, double v, int size, int prec, char echar) {
	Digits d = {.nd = 0, .dp = 0};
	bool shortest = prec < 0;
	if (shortest) {
		if (v != 0)
			digits_shortest(v, size, &d);
		prec = d.nd;
	} else {
		if (prec == 0)
			prec = 1;
		if (v != 0)
			digits_n(v, prec, &d);
	}
	int eprec = prec;
	if (eprec > d.nd && d.nd >= d.dp)
		eprec = d.nd;
	if (shortest)
		eprec = 6;  // shortest form: the exponent threshold is fixed
	int exp = d.dp - 1;
	if (exp < -4 || exp >= eprec) {
		layout_e(b, &d, (prec > d.nd ? d.nd : prec) - 1, echar);
		return;
	}
	if (prec > d.dp)
		prec = d.nd;
	layout_f(b, &d, prec - d.dp > 0 ? prec - d.dp : 0);
}

// The IEEE fields of v >= 0 as a float of the given size: v = mant × 2^exp
// with mant an integer below 2^(mantbits+1).
static void float_parts(double v, int size, uint64_t *mant, int *exp, int *mantbits) {
	uint64_t bits, frac;
	int biased, bias;
	if (size == 32) {
		float f = (float)v;
		uint32_t b32;
		memcpy(&b32, &f, 4);
		bits = b32, *mantbits = 23, bias = 127;
		biased = (int)(bits >> 23) & 0xFF;
	} else {
		memcpy(&bits, &v, 8);
		*mantbits = 52, bias = 1023;
		biased = (int)(bits >> 52) & 0x7FF;
	}
	frac = bits & (((uint64_t)1 << *mantbits) - 1);
	// Denormals have no implicit leading 1 and the smallest exponent.
	*mant = biased ? frac | (uint64_t)1 << *mantbits : frac;
	*exp = (biased ? biased : 1) - bias - *mantbits;
}

// strconv's 'b': "4503599627370496p-52".
static void format_b(RtBuf *b, double v, int size) {
	uint64_t mant;
	int exp, mantbits;
	float_parts(v, size, &mant, &exp, &mantbits);
	buf_printf(b, "%llup%+d", (unsigned long long)mant, exp);
}

// strconv's 'x': "0x1.cp+01", prec hex digits after the point (-1: as few
// as exact), rounded half to even.
static void format_x(RtBuf *b, double v, int size, int prec, bool upper) {
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	uint64_t mant;
	int exp, mantbits;
	float_parts(v, size, &mant, &exp, &mantbits);
	// Normalise: the leading 1 at bit 60, 15 hex digits of fraction below.
	const uint64_t one = (uint64_t)1 << 60, fracmask = one - 1;
	exp += mantbits;
	if (mant == 0)
		exp = 0;
	mant <<= 60 - mantbits;
	while (mant && !(mant & one))
		mant <<= 1, exp--;
	if (prec >= 0 && prec < 15) {
		int drop = 60 - 4 * prec;
		uint64_t rest = mant & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
		mant >>= drop;
		if (rest > half || (rest == half && (mant & 1)))
			mant++;
		mant <<= drop;
		if (mant & (one << 1))  // rounded up to 2.0
			mant >>= 1, exp++;
	}
	buf_str(b, upper ? "0X" : "0x");
	buf_byte(b, (char)('0' + (mant >> 60)));
	uint64_t frac = mant & fracmask;
	if (prec < 0 ? frac != 0 : prec > 0) {
		buf_byte(b, '.');
		for (int i = 0; prec < 0 ? frac != 0 : i < prec; i++) {
			buf_byte(b, hex[frac >> 56]);
			frac = (frac << 4) & fracmask;
		}
	}
	buf_printf(b, "%c%c%02d", upper ? 'P' : 'p', exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

// The number with a leading sign always present ('+' for non-negative).
static void format_signed(RtBuf *b, double v, int size, int verb, int prec) {
	if (isnan(v)) {
		buf_str(b, "+NaN");
		return;
	}
	buf_byte(b, signbit(v) ? '-' : '+');
	v = fabs(v);
	if (isinf(v)) {
		buf_str(b, "Inf");
		return;
	}
	switch (verb) {
	case 'e': buf_printf(b, "%.*e", prec, v); break;
	case 'E': buf_printf(b, "%.*E", prec, v); break;
	case 'f': case 'F': buf_printf(b, "%.*f", prec, v); break;
	case 'b': format_b(b, v, size); break;
	case 'x': case 'X': format_x(b, v, size, prec, verb == 'X'); break;
	default:
		format_g(b, v, size, prec, verb == 'G' ? 'E' : 'e');
	}
}

// The # flag on a signed number (not Inf/NaN): there is always a point,
// and %g/%G/%x keep trailing zeros up to prec significant digits (6 when
// unset). Like Go, it counts every character after the first non-'0'
// one, so "0x" uses up a digit of %#x.
static void sharpen(RtBuf *num, int verb, int prec) {
	int digits = verb == 'g' || verb == 'G' || verb == 'x' ? (prec < 0 ? 6 : prec) : 0;
	size_t tail = num->len;  // where the exponent starts
	bool point = false, nonzero = false;
	for (size_t i = 1; i < num->len; i++) {
		char c = num->p[i];
		bool hex = verb == 'x' || verb == 'X';
		if (c == 'p' || c == 'P' || (!hex && (c == 'e' || c == 'E'))) {
			tail = i;
			break;
		}
		if (c == '.') {
			point = true;
			continue;
		}
		nonzero = nonzero || c != '0';
		if (nonzero)
			digits--;
	}
	RtBuf out = {0};
	buf_write(&out, num->p, tail);
	if (!point) {
		if (tail == 2 && num->p[1] == '0')
			digits--;  // a lone 0 counts once
		buf_byte(&out, '.');
	}
	for (; digits > 0; digits--)
		buf_byte(&out, '0');
	buf_write(&out, num->p + tail, num->len - tail);
	buf_free(num);
	*num = out;
}

void fmt_float(Fmt *f, double v, int size, int verb, int prec) {
	if (f->prec_present)
		prec = f->prec;
	RtBuf num = {0};
	format_signed(&num, v, size, verb, prec);
	if (f->sharp && verb != 'b' && isfinite(v))
		sharpen(&num, verb, prec);
	char *s = num.p;
	size_t n = num.len;
	if (f->space && s[0] == '+' && !f->plus)
		s[0] = ' ';
	if (s[1] == 'I' || s[1] == 'N') {
		// Infinities and NaN are not numbers to zero-pad; NaN shows a sign only when asked.
		bool zero = f->zero;
		f->zero = false;
		if (s[1] == 'N' && !f->space && !f->plus)
			s++, n--;
		fmt_pad(f, s, n);
		f->zero = zero;
	} else if (f->plus || s[0] != '+') {
		if (f->zero && f->wid_present && f->wid > (int)n) {
			// Zero padding goes between the sign and the digits.
			buf_byte(&f->buf, s[0]);
			fmt_write_padding(f, f->wid - (int)n);
			buf_write(&f->buf, s + 1, n - 1);
		} else {
			fmt_pad(f, s, n);
		}
	} else {
		fmt_pad(f, s + 1, n - 1);
	}
	buf_free(&num);
}
