// strbuf.h - a growing NUL-terminated string: how every stage builds
// text (spellings of types and expressions, decoded string literals).
#ifndef GOSCAPE_STRBUF_H
#define GOSCAPE_STRBUF_H

#include <stddef.h>

// Zero-initialise (StrBuf b = {0}); the text lives as long as the compiler.
typedef struct StrBuf {
	char *s;
	size_t len, cap;
} StrBuf;

void strbuf_putn(StrBuf *b, const char *s, size_t n);
void strbuf_put(StrBuf *b, const char *s);
// printf's text appended (vformat.h's fast path, no string of its own).
void strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// The text so far; "" when nothing was put.
const char *strbuf_text(const StrBuf *b);

#endif
