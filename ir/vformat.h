// vformat.h - printf formatting of the few conversions the compiler's
// text is made of (%s %d %u %c with l, ll or z, a width, the - flag), several times faster
// than the C library's vsnprintf, whose per-call cost dominated writing
// the assembly. Anything else is left to vsnprintf.
#ifndef GOSCAPE_VFORMAT_H
#define GOSCAPE_VFORMAT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

// Formats like vsnprintf into buf[0..size), NUL-terminated, and returns
// the length; or returns -1, having consumed ap, when fmt has a
// conversion other than %%, %s, %c and %d/%u with an l, ll or z length
// (each with an optional width, and - to pad on the right), or a %c of
// a NUL, or when the text does not fit (then the caller formats with
// vsnprintf from a va_copy). Bytes of buf past the returned length may
// be overwritten (a short literal run is copied 16 bytes at a time), so
// buf[len+1..size) holds nothing the caller may keep.
int vformat(char *buf, size_t size, const char *fmt, va_list ap);
// vformat from a copy of ap: ap stays whole for the caller's fallback.
int vformat_copy(char *buf, size_t size, const char *fmt, va_list ap);

// fprintf(out, fmt, ...): vformat's text in one write, or vfprintf's.
// The write does not lock out: only the compiler's thread writes the
// assembly, and a lock per call cost as much as the formatting.
void fformat(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void vfformat(FILE *out, const char *fmt, va_list ap);
// Numbers put into a line being built without a format (the assembly's
// most frequent lines, the line table, the DWARF DIEs, the frame map):
// each writes at p and returns the end (no NUL). put_decimal writes v's
// digits (at most 20), put_int a signed v, put_padded %*lld (right-aligned
// in width columns); put_str copies s, which must fit: the short fixed parts.
char *put_decimal(char *p, unsigned long long v);
char *put_int(char *p, long long v);
char *put_padded(char *p, long long v, int width);
char *put_str(char *p, const char *s);
// fwrite(s, 1, n, out), unlocked too, and straight into out's buffer
// when it has the room: the C library's fwrite costs more than the copy.
void put_text(FILE *out, const char *s, size_t n);
// fputs(s, out) the same way (the C library's fputs locks out).
void put_string(FILE *out, const char *s);

// fformat(out, "<head>%lld<tail>\n", v), head and tail string literals
// (of at most 64 bytes together), without the format: the many lines of
// the output that hold one number (a label's, a DIE's).
#define PUT_NUMBER_LINE(out, head, v, tail)                                         \
	do {                                                                            \
		_Static_assert(sizeof head + sizeof tail <= 66, "put_number_line's room");  \
		put_number_line(out, head, sizeof head - 1, v, tail, sizeof tail - 1);     \
	} while (0)
// Inline, where the lengths are constants: the copies become moves.
static inline void put_number_line(FILE *out, const char *head, size_t nhead, long long v, const char *tail,
                                   size_t ntail) {
	char line[64 + sizeof "-9223372036854775808\n"];
	memcpy(line, head, nhead);
	char *p = put_int(line + nhead, v);
	memcpy(p, tail, ntail);
	p += ntail;
	*p++ = '\n';
	put_text(out, line, (size_t)(p - line));
}

#endif
