// buf.c - growable malloc'd byte buffers used while formatting output.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rt.h"

static void buf_reserve(RtBuf *b, size_t n) {
	if (b->len + n <= b->cap)
		return;
	size_t cap = b->cap ? b->cap * 2 : 64;
	while (cap < b->len + n)
		cap *= 2;
	b->p = realloc(b->p, cap);
	if (!b->p)
		rt_fatal("out of memory");
	b->cap = cap;
}

void buf_write(RtBuf *b, const void *p, size_t n) {
	if (n == 0)
		return;
	buf_reserve(b, n);
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

void buf_byte(RtBuf *b, char c) { buf_write(b, &c, 1); }

void buf_str(RtBuf *b, const char *s) { buf_write(b, s, strlen(s)); }

void buf_gostr(RtBuf *b, const GoString *s) { buf_write(b, s->ptr, (size_t)s->len); }

void buf_vprintf(RtBuf *b, const char *fmt, va_list ap) {
	char tmp[256];
	if (!fmt)  // never true; keeps gcc's UBSan null-path analysis from warning
		return;
	va_list again;
	va_copy(again, ap);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	if (n < (int)sizeof tmp) {
		buf_write(b, tmp, (size_t)n);
	} else {
		buf_reserve(b, (size_t)n + 1);
		vsnprintf(b->p + b->len, (size_t)n + 1, fmt, again);
		b->len += (size_t)n;
	}
	va_end(again);
}

void buf_printf(RtBuf *b, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_rune(RtBuf *b, int32_t r) {
	uint8_t enc[4];
	buf_write(b, enc, (size_t)utf8_encode(enc, r));
}

void buf_free(RtBuf *b) {
	free(b->p);
	*b = (RtBuf){0};
}

GoString buf_to_gostring(const RtBuf *b) {
	if (b->len == 0)
		return (GoString){NULL, 0};
	uint8_t *p = runtime_alloc(b->len, true);
	memcpy(p, b->p, b->len);
	return (GoString){p, (intptr_t)b->len};
}
