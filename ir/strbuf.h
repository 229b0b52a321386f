// strbuf.h - a growing NUL-terminated string: how every stage builds
// text (spellings of types and expressions, decoded string literals).
#ifndef GOSCAPE_STRBUF_H
#define GOSCAPE_STRBUF_H

#include <stddef.h>

// Zero-initialise (StrBuf b = {0}). The text is the StrBuf's malloc'd
// array (kept by whoever keeps it, or free(b.s)); a put may move it, so a
// pointer into it is good until the next put.
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
