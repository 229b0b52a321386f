// fmt_format.c - fmt's raw formatters: padding to a width, integers in any
// base with sign/zero/# rules, runes, and strings plain, hex or quoted.
#include <stdlib.h>
#include <string.h>
#include "fmt.h"

void fmt_clear_flags(Fmt *f) {
	f->minus = f->plus = f->sharp = f->space = f->zero = false;
	f->plus_v = f->sharp_v = false;
	f->wid_present = f->prec_present = false;
	f->wid = f->prec = 0;
}

void fmt_write_padding(Fmt *f, int n) {
	char c = f->zero ? '0' : ' ';
	for (int i = 0; i < n; i++)
		buf_byte(&f->buf, c);
}

void fmt_pad(Fmt *f, const char *s, size_t n) {
	if (!f->wid_present || f->wid == 0) {
		buf_write(&f->buf, s, n);
		return;
	}
	int width = f->wid - (int)utf8_count((const uint8_t *)s, (intptr_t)n);
	if (width > 0 && !f->minus)
		fmt_write_padding(f, width);
	buf_write(&f->buf, s, n);
	if (width > 0 && f->minus)
		fmt_write_padding(f, width);
}

void fmt_pad_str(Fmt *f, const char *s) { fmt_pad(f, s, strlen(s)); }

void fmt_boolean(Fmt *f, bool v) { fmt_pad_str(f, v ? "true" : "false"); }

// Pads s with spaces only: zero padding was already turned into digits.
static void pad_no_zero(Fmt *f, const char *s, size_t n) {
	bool zero = f->zero;
	f->zero = false;
	fmt_pad(f, s, n);
	f->zero = zero;
}

void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb, bool upper) {
	const char *digits = upper ? "0123456789ABCDEFX" : "0123456789abcdefx";
	bool negative = is_signed && (int64_t)u < 0;
	if (negative)
		u = -u;
	// Two ways to ask for leading zeros: %.3d, or %03d (ignored with a precision).
	int prec = 0;
	if (f->prec_present) {
		prec = f->prec;
		if (prec == 0 && u == 0) {  // %.0d of 0 prints nothing but padding
			bool zero = f->zero;
			f->zero = false;
			fmt_write_padding(f, f->wid);
			f->zero = zero;
			return;
		}
	} else if (f->zero && f->wid_present) {
		prec = f->wid;
		if (negative || f->plus || f->space)
			prec--;  // room for the sign
	}
	size_t size = 72 + (size_t)(prec > 0 ? prec : 0);
	char tmp[256], *buf = size <= sizeof tmp ? tmp : malloc(size);
	size_t i = size;
	do {
		buf[--i] = digits[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u > 0);
	while (i > 0 && (int)(size - i) < prec)
		buf[--i] = '0';
	if (f->sharp) {
		if (base == 2) {
			buf[--i] = 'b';
			buf[--i] = '0';
		} else if (base == 8 && buf[i] != '0') {
			buf[--i] = '0';
		} else if (base == 16) {
			buf[--i] = digits[16];
			buf[--i] = '0';
		}
	}
	if (verb == 'O') {
		buf[--i] = 'o';
		buf[--i] = '0';
	}
	if (negative)
		buf[--i] = '-';
	else if (f->plus)
		buf[--i] = '+';
	else if (f->space)
		buf[--i] = ' ';
	pad_no_zero(f, buf + i, size - i);
	if (buf != tmp)
		free(buf);
}

static void escape_rune(RtBuf *b, int32_t r, char quote, bool ascii) {
	static const char hex[] = "0123456789abcdef";
	if (r == quote || r == '\\') {
		buf_byte(b, '\\');
		buf_byte(b, (char)r);
		return;
	}
	if (ascii ? (r < 0x80 && rune_is_print(r)) : rune_is_print(r)) {
		buf_rune(b, r);
		return;
	}
	switch (r) {
	case '\a': buf_str(b, "\\a"); return;
	case '\b': buf_str(b, "\\b"); return;
	case '\f': buf_str(b, "\\f"); return;
	case '\n': buf_str(b, "\\n"); return;
	case '\r': buf_str(b, "\\r"); return;
	case '\t': buf_str(b, "\\t"); return;
	case '\v': buf_str(b, "\\v"); return;
	}
	if (r < ' ' || r == 0x7F) {
		buf_str(b, "\\x");
		buf_byte(b, hex[(r >> 4) & 0xF]);
		buf_byte(b, hex[r & 0xF]);
		return;
	}
	if (r > RUNE_MAX || (r >= 0xD800 && r <= 0xDFFF))
		r = RUNE_ERROR;
	if (r < 0x10000)
		buf_printf(b, "\\u%04x", (unsigned)r);
	else
		buf_printf(b, "\\U%08x", (unsigned)r);
}

void quote_string(RtBuf *b, const uint8_t *s, intptr_t n, bool ascii) {
	buf_byte(b, '"');
	for (intptr_t i = 0; i < n;) {
		int32_t r;
		int w = utf8_decode(s + i, n - i, &r);
		if (w == 1 && r == RUNE_ERROR) {  // an invalid byte: \x escape it
			buf_printf(b, "\\x%02x", s[i]);
			i++;
			continue;
		}
		escape_rune(b, r, '"', ascii);
		i += w;
	}
	buf_byte(b, '"');
}

static void quote_rune(RtBuf *b, int32_t r, bool ascii) {
	buf_byte(b, '\'');
	escape_rune(b, r, '\'', ascii);
	buf_byte(b, '\'');
}

static int32_t to_rune(uint64_t u) { return u > RUNE_MAX ? RUNE_ERROR : (int32_t)u; }

void fmt_unicode(Fmt *f, uint64_t u) {
	int prec = f->prec_present && f->prec > 4 ? f->prec : 4;
	RtBuf b = {0};
	buf_printf(&b, "U+%0*llX", prec, (unsigned long long)u);
	if (f->sharp && u <= RUNE_MAX && rune_is_print((int32_t)u)) {
		buf_str(&b, " '");
		buf_rune(&b, (int32_t)u);
		buf_byte(&b, '\'');
	}
	pad_no_zero(f, b.p, b.len);
	buf_free(&b);
}

void fmt_c(Fmt *f, uint64_t u) {
	uint8_t enc[4];
	fmt_pad(f, (const char *)enc, (size_t)utf8_encode(enc, to_rune(u)));
}

void fmt_qc(Fmt *f, uint64_t u) {
	int32_t r = to_rune(u);
	RtBuf b = {0};
	quote_rune(&b, r, f->plus);  // # never backquotes a rune
	fmt_pad(f, b.p, b.len);
	buf_free(&b);
}

// Cuts s to the precision, counted in runes.
static intptr_t truncated_len(Fmt *f, const uint8_t *s, intptr_t n) {
	if (!f->prec_present)
		return n;
	intptr_t i = 0;
	int32_t r;
	for (int k = 0; k < f->prec && i < n; k++)
		i += utf8_decode(s + i, n - i, &r);
	return i;
}

void fmt_s(Fmt *f, const uint8_t *s, intptr_t n) { fmt_pad(f, (const char *)s, (size_t)truncated_len(f, s, n)); }

void fmt_sx(Fmt *f, const uint8_t *s, intptr_t n, bool upper) {
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char x = upper ? 'X' : 'x';
	intptr_t length = f->prec_present && f->prec < n ? f->prec : n;
	intptr_t width = 2 * length;
	if (width == 0) {
		if (f->wid_present)
			fmt_write_padding(f, f->wid);
		return;
	}
	if (f->space)
		width = (f->sharp ? 2 * width : width) + length - 1;
	else if (f->sharp)
		width += 2;
	if (f->wid_present && f->wid > width && !f->minus)
		fmt_write_padding(f, f->wid - (int)width);
	for (intptr_t i = 0; i < length; i++) {
		if (f->space && i > 0)
			buf_byte(&f->buf, ' ');
		if (f->sharp && (i == 0 || f->space)) {
			buf_byte(&f->buf, '0');
			buf_byte(&f->buf, x);
		}
		buf_byte(&f->buf, digits[s[i] >> 4]);
		buf_byte(&f->buf, digits[s[i] & 0xF]);
	}
	if (f->wid_present && f->wid > width && f->minus)
		fmt_write_padding(f, f->wid - (int)width);
}

// strconv.CanBackquote: valid UTF-8 without a BOM, backquote or control
// characters other than tab.
static bool can_backquote(const uint8_t *s, intptr_t n) {
	for (intptr_t i = 0; i < n;) {
		int32_t r;
		int w = utf8_decode(s + i, n - i, &r);
		if (w == 1 ? (r == RUNE_ERROR || (r < ' ' && r != '\t') || r == '`' || r == 0x7F) : r == 0xFEFF)
			return false;
		i += w;
	}
	return true;
}

void fmt_q(Fmt *f, const uint8_t *s, intptr_t n) {
	n = truncated_len(f, s, n);
	RtBuf b = {0};
	if (f->sharp && can_backquote(s, n)) {
		buf_byte(&b, '`');
		buf_write(&b, s, (size_t)n);
		buf_byte(&b, '`');
	} else {
		quote_string(&b, s, n, f->plus);
	}
	fmt_pad(f, b.p, b.len);
	buf_free(&b);
}
