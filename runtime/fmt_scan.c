// fmt_scan.c - fmt.Sscan, Sscanln and Sscanf (frontend/check_stub.c
// declares them, hooks.S enters here): Go's scanning rules for operands
// that point to booleans, integers, floats, strings and []byte (named
// types included), with Go's counts and error texts. Errors are plain
// error values (strconv's *NumError is only its text); running out of
// input is io.EOF when the program links Go's io. Not supported: the
// fmt.Scanner interface, complex numbers, %q/%x for strings and %U,
// which stop the program with a message.
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fmt.h"

#define EOF_RUNE (-1)
#define HUGE_WID (1 << 30)

typedef struct Scan {
	const uint8_t *in;
	intptr_t len, pos;
	intptr_t count, limit;     // runes read; the current operand's limit (%5d)
	int last_w;                // width of the last rune read, for unread
	bool nl_is_space;          // Sscan: newlines count as space
	bool nl_is_end;            // Sscanln: the operands end at a newline
	char tok[512];             // the token being scanned (Go's ss.buf)
	int ntok;
	intptr_t done;             // operands scanned
	jmp_buf fail;              // the scan's panic: err is set
	GoIface err;
} Scan;

// A message for an error value: in the heap, which error values point to.
static const char *msgf(const char *format, ...) {
	va_list ap, ap2;
	va_start(ap, format);
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, format, ap);
	char *c = runtime_alloc((uintptr_t)n + 1, true);
	vsnprintf(c, (size_t)n + 1, format, ap2);
	va_end(ap2);
	va_end(ap);
	return c;
}

_Noreturn static void fail_msg(Scan *s, const char *msg) {
	GoString m = {(const uint8_t *)msg, (intptr_t)strlen(msg)};
	errors_New(&s->err, &m);
	longjmp(s->fail, 1);
}

// io.EOF, when the program links Go's io package (weak: absent otherwise,
// and then nothing could compare an error with it).
extern GoIface io_EOF __asm__("io.EOF") __attribute__((weak));

static void io_eof(GoIface *dst) {
	static const GoString eof = {(const uint8_t *)"EOF", 3};
	if (&io_EOF)
		*dst = io_EOF;
	else
		errors_New(dst, &eof);
}

_Noreturn static void fail_eof(Scan *s) {
	io_eof(&s->err);
	longjmp(s->fail, 1);
}

static int32_t get_rune(Scan *s) {
	if (s->pos >= s->len || s->count >= s->limit)
		return EOF_RUNE;
	int32_t r;
	s->last_w = utf8_decode(s->in + s->pos, s->len - s->pos, &r);
	s->pos += s->last_w;
	s->count++;
	return r;
}

static void unread(Scan *s) {
	s->pos -= s->last_w;
	s->count--;
	s->last_w = 0;
}

// Go's isSpace: the white space of the Unicode Z and Cc classes it lists.
static bool is_space(int32_t r) {
	if (r < 0x80)
		return r == ' ' || (r >= '\t' && r <= '\r');
	return r == 0x85 || r == 0xa0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 ||
	       r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
}

static bool peek(Scan *s, const char *ok) {
	int32_t r = get_rune(s);
	if (r != EOF_RUNE)
		unread(s);
	return r != EOF_RUNE && r < 0x80 && strchr(ok, (int)r);
}

// Reads one rune among ok (ASCII), appending it to the token if keep.
static bool consume(Scan *s, const char *ok, bool keep) {
	int32_t r = get_rune(s);
	if (r == EOF_RUNE)
		return false;
	if (r > 0 && r < 0x80 && strchr(ok, (int)r)) {
		if (keep && s->ntok < (int)sizeof s->tok - 1)
			s->tok[s->ntok++] = (char)r;
		return true;
	}
	if (keep)
		unread(s);
	return false;
}

static bool accept(Scan *s, const char *ok) { return consume(s, ok, true); }

static void skip_space(Scan *s) {
	for (;;) {
		int32_t r = get_rune(s);
		if (r == EOF_RUNE)
			return;
		if (r == '\r' && peek(s, "\n"))
			continue;
		if (r == '\n') {
			if (s->nl_is_space)
				continue;
			fail_msg(s, "unexpected newline");
		}
		if (!is_space(r)) {
			unread(s);
			return;
		}
	}
}

static void not_eof(Scan *s) {
	if (get_rune(s) == EOF_RUNE)
		fail_eof(s);
	unread(s);
}

static void ok_verb(Scan *s, int32_t verb, const char *verbs, const char *type) {
	if (verb > 0 && verb < 0x80 && strchr(verbs, (int)verb))
		return;
	uint8_t v[4];
	int w = utf8_encode(v, verb);
	const char *msg = msgf("bad verb '%%%.*s' for %s", w, (const char *)v, type);
	fail_msg(s, msg);
}

static const char *tok_string(Scan *s) {
	s->tok[s->ntok] = 0;
	return s->tok;
}

static bool scan_bool(Scan *s, int32_t verb) {
	skip_space(s);
	not_eof(s);
	ok_verb(s, verb, "tv", "boolean");
	switch (get_rune(s)) {
	case '1':
		return true;
	case 't': case 'T':
		if (accept(s, "rR") && (!accept(s, "uU") || !accept(s, "eE")))
			fail_msg(s, "syntax error scanning boolean");
		return true;
	case 'f': case 'F':
		if (accept(s, "aA") && (!accept(s, "lL") || !accept(s, "sS") || !accept(s, "eE")))
			fail_msg(s, "syntax error scanning boolean");
		return false;
	}
	return false;
}

_Noreturn static void num_error(Scan *s, const char *fn, const char *num, const char *why) {
	fail_msg(s, msgf("strconv.%s: parsing \"%s\": %s", fn, num, why));
}

// strconv.ParseUint(tok, base, 64) on the token scanned (a sign already
// taken off): base 0 reads a prefix and allows underscores between digits.
static uint64_t parse_digits(Scan *s, const char *fn, const char *tok, const char *digits, int base,
                             bool *overflow) {
	const char *p = digits;
	bool prefixed = false;
	if (base == 0) {
		base = 10;
		if (p[0] == '0' && p[1]) {
			prefixed = true;
			switch (p[1] | 0x20) {
			case 'b': base = 2, p += 2; break;
			case 'o': base = 8, p += 2; break;
			case 'x': base = 16, p += 2; break;
			default: base = 8, p += 1;
			}
		}
	}
	uint64_t v = 0;
	bool any = false, last_us = false;
	*overflow = false;
	for (; *p; p++) {
		if (*p == '_') {
			if (!prefixed || last_us)
				num_error(s, fn, tok, "invalid syntax");
			last_us = true;
			continue;
		}
		int d = *p <= '9' ? *p - '0' : (*p | 0x20) - 'a' + 10;
		if (d >= base)
			num_error(s, fn, tok, "invalid syntax");
		if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base)
			*overflow = true;
		v = v * (uint64_t)base + (uint64_t)d;
		any = true, last_us = false;
	}
	if (!any || last_us)
		num_error(s, fn, tok, "invalid syntax");
	return v;
}

// The digits of an integer operand: Go's getBase, sign, base prefix for %v
// and scanNumber; returns the base (0: from the prefix).
static int scan_number(Scan *s, int32_t verb, bool sign) {
	const char *digits = "0123456789";
	int base = 10;
	ok_verb(s, verb, "bdoUxXv", "integer");
	switch (verb) {
	case 'b': base = 2, digits = "01"; break;
	case 'o': base = 8, digits = "01234567"; break;
	case 'x': case 'X': base = 16, digits = "0123456789aAbBcCdDeEfF"; break;
	case 'U': rt_fatal("goscape: fmt scanning with %U is not supported");
	}
	if (sign)
		accept(s, "+-");
	bool have = false;
	if (verb == 'v') {
		base = 0;
		digits = "0123456789_";
		if (peek(s, "0")) {
			accept(s, "0");
			have = true;
			if (peek(s, "bB"))
				consume(s, "bB", true), digits = "01_";
			else if (peek(s, "oO"))
				consume(s, "oO", true), digits = "01234567_";
			else if (peek(s, "xX"))
				consume(s, "xX", true), digits = "0123456789aAbBcCdDeEfF_";
			else
				digits = "01234567_";
		}
	}
	if (!have) {
		not_eof(s);
		if (!accept(s, digits))
			fail_msg(s, "expected integer");
	}
	while (accept(s, digits))
		;
	return base;
}

static int64_t scan_rune(Scan *s, int bits) {
	not_eof(s);
	int32_t r = get_rune(s);
	int64_t x = (int64_t)((uint64_t)r << (64 - bits)) >> (64 - bits);
	if (x != r) {
		uint8_t v[4];
		int w = utf8_encode(v, r);
		fail_msg(s, msgf("overflow on character value %.*s", w, (const char *)v));
	}
	return r;
}

static int64_t scan_int(Scan *s, int32_t verb, int bits) {
	if (verb == 'c')
		return scan_rune(s, bits);
	skip_space(s);
	not_eof(s);
	int base = scan_number(s, verb, true);
	const char *tok = tok_string(s);
	bool neg = tok[0] == '-', overflow;
	uint64_t u = parse_digits(s, "ParseInt", tok, tok + (tok[0] == '-' || tok[0] == '+'), base, &overflow);
	if (overflow || u > (neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1))
		num_error(s, "ParseInt", tok, "value out of range");
	int64_t i = neg ? (int64_t)(0 - u) : (int64_t)u;
	if (bits < 64 && (int64_t)((uint64_t)i << (64 - bits)) >> (64 - bits) != i)
		fail_msg(s, msgf("integer overflow on token %s", tok));
	return i;
}

static uint64_t scan_uint(Scan *s, int32_t verb, int bits) {
	if (verb == 'c')
		return (uint64_t)scan_rune(s, bits);
	skip_space(s);
	not_eof(s);
	int base = scan_number(s, verb, false);
	const char *tok = tok_string(s);
	bool overflow;
	uint64_t u = parse_digits(s, "ParseUint", tok, tok, base, &overflow);
	if (overflow)
		num_error(s, "ParseUint", tok, "value out of range");
	if (bits < 64 && u >> bits)
		fail_msg(s, msgf("unsigned integer overflow on token %s", tok));
	return u;
}

// Go's floatToken: what could be a float, to be checked by the parse.
static const char *float_token(Scan *s) {
	s->ntok = 0;
	if (accept(s, "nN") && accept(s, "aA") && accept(s, "nN"))
		return tok_string(s);
	accept(s, "+-");
	if (accept(s, "iI") && accept(s, "nN") && accept(s, "fF"))
		return tok_string(s);
	const char *digits = "0123456789_", *exp = "eEpP";
	if (accept(s, "0") && accept(s, "xX"))
		digits = "0123456789aAbBcCdDeEfF_", exp = "pP";
	while (accept(s, digits))
		;
	if (accept(s, "."))
		while (accept(s, digits))
			;
	if (accept(s, exp)) {
		accept(s, "+-");
		while (accept(s, "0123456789_"))
			;
	}
	return tok_string(s);
}

// strconv.ParseFloat(str, bits) for the tokens float_token makes: all of
// str must parse; overflow to infinity is out of range.
static double parse_float(Scan *s, const char *str, const char *shown, int bits) {
	char clean[sizeof s->tok];
	size_t n = 0;
	for (const char *p = str; *p; p++)
		if (*p != '_')
			clean[n++] = *p;
	clean[n] = 0;
	bool hex = strpbrk(clean, "xX") != NULL, letters = strpbrk(clean, "nNiI") != NULL;
	char *end;
	double v = bits == 32 ? strtof(clean, &end) : strtod(clean, &end);
	if (!n || *end || (!hex && !letters && !strpbrk(clean, "0123456789")))
		num_error(s, "ParseFloat", shown, "invalid syntax");
	if (isinf(v) && !letters)
		num_error(s, "ParseFloat", shown, "value out of range");
	return v;
}

static double convert_float(Scan *s, const char *str, int bits) {
	const char *p = strchr(str, 'p');
	if (p && !strpbrk(str, "xX")) {
		// decimal mantissa, binary exponent
		char mant[sizeof s->tok];
		snprintf(mant, sizeof mant, "%.*s", (int)(p - str), str);
		double f = parse_float(s, mant, str, bits);
		char *end;
		long e = strtol(p + 1, &end, 10);
		if (!p[1] || *end)
			num_error(s, "Atoi", str, "invalid syntax");
		return ldexp(f, (int)e);
	}
	return parse_float(s, str, str, bits);
}

static double scan_float(Scan *s, int32_t verb, int bits, bool check_verb) {
	if (check_verb)
		ok_verb(s, verb, "beEfFgGv", bits == 32 ? "float32" : "float64");
	skip_space(s);
	not_eof(s);
	return convert_float(s, float_token(s), bits);
}

static GoString scan_string(Scan *s, int32_t verb) {
	ok_verb(s, verb, "svqxX", "string");
	if (verb != 's' && verb != 'v')
		rt_fatal("goscape: fmt scanning strings with %q, %x or %X is not supported");
	skip_space(s);
	not_eof(s);
	intptr_t start = s->pos;
	for (;;) {
		int32_t r = get_rune(s);
		if (r == EOF_RUNE)
			break;
		if (is_space(r)) {
			unread(s);
			break;
		}
	}
	size_t n = (size_t)(s->pos - start);
	char *c = runtime_alloc(n, true);
	memcpy(c, s->in + start, n);
	return (GoString){(const uint8_t *)c, (intptr_t)n};
}

// One operand: arg must point to a basic type (Go's scanOne).
static void scan_one(Scan *s, int32_t verb, const GoEface *arg) {
	s->ntok = 0;
	const GoType *t = arg->type;
	if (!t || t->kind != KIND_PTR) {
		GoString name = t ? t->str : (GoString){(const uint8_t *)"<nil>", 5};
		fail_msg(s, msgf("type not a pointer: %.*s", (int)name.len, (const char *)name.ptr));
	}
	void *p = arg->data;
	const GoType *e = t->elem;
	switch (e->kind) {
	case KIND_BOOL: *(bool *)p = scan_bool(s, verb); break;
	case KIND_INT: case KIND_INT64: *(int64_t *)p = scan_int(s, verb, 64); break;
	case KIND_INT8: *(int8_t *)p = (int8_t)scan_int(s, verb, 8); break;
	case KIND_INT16: *(int16_t *)p = (int16_t)scan_int(s, verb, 16); break;
	case KIND_INT32: *(int32_t *)p = (int32_t)scan_int(s, verb, 32); break;
	case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR: *(uint64_t *)p = scan_uint(s, verb, 64); break;
	case KIND_UINT8: *(uint8_t *)p = (uint8_t)scan_uint(s, verb, 8); break;
	case KIND_UINT16: *(uint16_t *)p = (uint16_t)scan_uint(s, verb, 16); break;
	case KIND_UINT32: *(uint32_t *)p = (uint32_t)scan_uint(s, verb, 32); break;
	// Go checks the verb only for the unnamed float types
	case KIND_FLOAT32: *(float *)p = (float)scan_float(s, verb, 32, !e->named); break;
	case KIND_FLOAT64: *(double *)p = scan_float(s, verb, 64, !e->named); break;
	case KIND_STRING: *(GoString *)p = scan_string(s, verb); break;
	case KIND_SLICE:
		if (e->elem->kind == KIND_UINT8) {
			GoString str = scan_string(s, verb);
			*(GoSlice *)p = (GoSlice){(void *)str.ptr, str.len, str.len};
			break;
		}
		// fallthrough
	default:
		if (e->kind == KIND_COMPLEX64 || e->kind == KIND_COMPLEX128)
			rt_fatal("goscape: fmt scanning complex numbers is not supported");
		fail_msg(s, msgf("can't scan type: %.*s", (int)t->str.len, (const char *)t->str.ptr));
	}
}

static intptr_t do_scan(Scan *s, const GoSlice *args) {
	const GoEface *a = args->ptr;
	if (setjmp(s->fail))
		return s->done;
	for (; s->done < args->len; s->done++)
		scan_one(s, 'v', &a[s->done]);
	if (s->nl_is_end)
		for (;;) {
			int32_t r = get_rune(s);
			if (r == '\n' || r == EOF_RUNE)
				break;
			if (!is_space(r))
				fail_msg(s, "expected newline");
		}
	return s->done;
}

// Matches the format's text up to its next verb against the input (Go's
// advance): returns the bytes of format consumed, 0 at a verb or at the
// end of input, -1 on a mismatch.
static intptr_t advance(Scan *s, const uint8_t *f, intptr_t n) {
	intptr_t i = 0;
	while (i < n) {
		int32_t fc;
		int w = utf8_decode(f + i, n - i, &fc);
		if (is_space(fc)) {
			int newlines = 0;
			bool trailing = false;
			while (i < n && is_space(fc)) {
				if (fc == '\n')
					newlines++, trailing = false;
				else
					trailing = true;
				i += w;
				if (i < n)
					w = utf8_decode(f + i, n - i, &fc);
			}
			for (int j = 0; j < newlines; j++) {
				int32_t c = get_rune(s);
				while (is_space(c) && c != '\n')
					c = get_rune(s);
				if (c != '\n' && c != EOF_RUNE)
					fail_msg(s, "newline in format does not match input");
			}
			if (trailing) {
				int32_t c = get_rune(s);
				if (newlines == 0) {
					if (!is_space(c) && c != EOF_RUNE)
						fail_msg(s, "expected space in input to match format");
					if (c == '\n')
						fail_msg(s, "newline in input does not match format");
				}
				while (is_space(c) && c != '\n')
					c = get_rune(s);
				if (c != EOF_RUNE)
					unread(s);
			}
			continue;
		}
		if (fc == '%') {
			if (i + w == n)
				fail_msg(s, "missing verb: % at end of format string");
			if (f[i + w] != '%')
				return i;
			i += w;
		}
		int32_t c = get_rune(s);
		if (c == EOF_RUNE)
			fail_eof(s);
		if (c != fc) {
			unread(s);
			return -1;
		}
		i += w;
	}
	return i;
}

static intptr_t do_scanf(Scan *s, const GoString *format, const GoSlice *args) {
	const uint8_t *f = format->ptr;
	intptr_t n = format->len;
	const GoEface *a = args->ptr;
	if (setjmp(s->fail))
		return s->done;
	for (intptr_t i = 0; i < n;) {
		intptr_t w = advance(s, f + i, n - i);
		if (w > 0) {
			i += w;
			continue;
		}
		if (f[i] != '%') {
			if (w < 0)
				fail_msg(s, "input does not match format");
			break;  // out of input: too many operands, below
		}
		i++;
		int wid = 0;
		bool wid_present = false;
		while (i < n && f[i] >= '0' && f[i] <= '9' && wid < 1000000)
			wid = wid * 10 + (f[i++] - '0'), wid_present = true;
		int32_t verb = 0;
		int vw = i < n ? utf8_decode(f + i, n - i, &verb) : 0;
		i += vw;
		if (verb != 'c')
			skip_space(s);
		if (verb == '%') {
			skip_space(s);
			not_eof(s);
			if (!accept(s, "%"))
				fail_msg(s, "missing literal %");
			continue;
		}
		if (s->done >= args->len)
			fail_msg(s, msgf("too few operands for format '%%%.*s'", (int)(n - i + vw),
			                      (const char *)f + i - vw));
		s->limit = wid_present && s->count + wid < HUGE_WID ? s->count + wid : HUGE_WID;
		scan_one(s, verb, &a[s->done]);
		s->done++;
		s->limit = HUGE_WID;
	}
	if (s->done < args->len)
		fail_msg(s, "too many operands");
	return s->done;
}

static Scan *new_scan(const GoString *str, bool nl_is_space, bool nl_is_end) {
	Scan *s = calloc(1, sizeof(Scan));
	if (!s)
		rt_fatal("out of memory");
	*s = (Scan){.in = str->ptr, .len = str->len, .limit = HUGE_WID, .nl_is_space = nl_is_space,
	            .nl_is_end = nl_is_end};
	return s;
}

// fmt.Sscan(str string, a ...any) (n int, err error) and Sscanln
typedef struct SscanArgs {
	GoString str;
	GoSlice a;
	intptr_t n;
	GoIface err;
} SscanArgs;

static void sscan(SscanArgs *a, bool ln) {
	Scan *s = new_scan(&a->str, !ln, ln);
	a->n = do_scan(s, &a->a);
	a->err = s->err;
	free(s);
}

void hook_fmt_sscan(SscanArgs *a) { sscan(a, false); }
void hook_fmt_sscanln(SscanArgs *a) { sscan(a, true); }

// fmt.Sscanf(str string, format string, a ...any) (n int, err error)
typedef struct SscanfArgs {
	GoString str, format;
	GoSlice a;
	intptr_t n;
	GoIface err;
} SscanfArgs;

void hook_fmt_sscanf(SscanfArgs *a) {
	Scan *s = new_scan(&a->str, false, false);
	a->n = do_scanf(s, &a->format, &a->a);
	a->err = s->err;
	free(s);
}
