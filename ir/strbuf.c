// strbuf.c - the growing string of strbuf.h.
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "strbuf.h"
#include "diag.h"
#include "vformat.h"

void strbuf_putn(StrBuf *b, const char *s, size_t n) {
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2 + 32;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void strbuf_put(StrBuf *b, const char *s) {
	strbuf_putn(b, s, strlen(s));
}

void strbuf_printf(StrBuf *b, const char *fmt, ...) {
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vformat_copy(small, sizeof small, fmt, ap);
	if (n >= 0) {
		strbuf_putn(b, small, (size_t)n);
	} else {
		char *s = xvasprintf(fmt, ap);
		strbuf_put(b, s);
		free(s);
	}
	va_end(ap);
}

const char *strbuf_text(const StrBuf *b) {
	return b->s ? b->s : "";
}
