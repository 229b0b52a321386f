// strbuf.c - the growing string of strbuf.h.
#include <string.h>
#include "strbuf.h"
#include "diag.h"

void strbuf_putn(StrBuf *b, const char *s, size_t n) {
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2 + 32;
		char *grown = xmalloc(b->cap);
		if (b->s)
			memcpy(grown, b->s, b->len);
		b->s = grown;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void strbuf_put(StrBuf *b, const char *s) {
	strbuf_putn(b, s, strlen(s));
}

const char *strbuf_text(const StrBuf *b) {
	return b->s ? b->s : "";
}
