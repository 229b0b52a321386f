// string.c - string concatenation, comparison and the conversions between
// strings, runes, []byte and []rune, with Go's capacity rules.
#include <string.h>
#include "rt.h"
#include "sizeclasses.h"

// Zero-length results still need a non-nil pointer ([]byte("") != nil).
static uint64_t zerobase;

static uint8_t *rawstring(intptr_t len) { return runtime_alloc((uintptr_t)len, true); }

void runtime_concatstrings(GoString *dst, const GoString *parts, intptr_t n) {
	intptr_t total = 0, nonempty = 0, last = 0;
	for (intptr_t i = 0; i < n; i++) {
		if (parts[i].len > 0) {
			total += parts[i].len;
			nonempty++;
			last = i;
		}
	}
	if (nonempty == 0) {
		*dst = (GoString){NULL, 0};
		return;
	}
	// A single non-empty operand is returned as is, like Go (no copy).
	if (nonempty == 1) {
		*dst = parts[last];
		return;
	}
	uint8_t *p = rawstring(total);
	intptr_t off = 0;
	for (intptr_t i = 0; i < n; i++) {
		if (parts[i].len > 0) {
			memcpy(p + off, parts[i].ptr, (size_t)parts[i].len);
			off += parts[i].len;
		}
	}
	*dst = (GoString){p, total};
}

// The comparisons take the strings' words in registers (what the SSA
// back end calls) or the strings' addresses (codegen, the runtime).
intptr_t runtime_cmpstring_words(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn) {
	intptr_t n = an < bn ? an : bn;
	int c = n > 0 ? memcmp(ap, bp, (size_t)n) : 0;
	if (c != 0)
		return c;
	return an < bn ? -1 : an > bn;
}

intptr_t runtime_cmpstring(const GoString *a, const GoString *b) {
	return runtime_cmpstring_words(a->ptr, a->len, b->ptr, b->len);
}

bool runtime_eqstring_words(const uint8_t *ap, intptr_t an, const uint8_t *bp, intptr_t bn) {
	return an == bn && (ap == bp || mem_eq(ap, bp, (size_t)an));
}

bool runtime_eqstring(const GoString *a, const GoString *b) {
	return runtime_eqstring_words(a->ptr, a->len, b->ptr, b->len);
}

void runtime_intstring(GoString *dst, int64_t rune) {
	// Values outside int32 are invalid runes too, not truncated ones.
	int32_t r = (rune < 0 || rune > RUNE_MAX) ? RUNE_ERROR : (int32_t)rune;
	uint8_t enc[4];
	int n = utf8_encode(enc, r);
	uint8_t *p = rawstring(n);
	memcpy(p, enc, (size_t)n);
	*dst = (GoString){p, n};
}

void runtime_slicebytetostring(GoString *dst, const GoSlice *b) {
	if (b->len == 0) {
		*dst = (GoString){NULL, 0};
		return;
	}
	uint8_t *p = rawstring(b->len);
	memcpy(p, b->ptr, (size_t)b->len);
	*dst = (GoString){p, b->len};
}

void runtime_stringtoslicebyte_buf(GoSlice *dst, const GoString *s, void *buf) {
	if (buf && s->len <= 32) {
		memset(buf, 0, 32);
		if (s->len > 0)
			memcpy(buf, s->ptr, (size_t)s->len);
		*dst = (GoSlice){buf, s->len, 32};
		return;
	}
	uintptr_t cap = roundupsize((uintptr_t)s->len);
	uint8_t *p = cap ? runtime_alloc(cap, true) : (uint8_t *)&zerobase;
	if (s->len > 0)
		memcpy(p, s->ptr, (size_t)s->len);
	memset(p + s->len, 0, cap - (uintptr_t)s->len);
	*dst = (GoSlice){p, s->len, (intptr_t)cap};
}

void runtime_stringtoslicebyte(GoSlice *dst, const GoString *s) {
	runtime_stringtoslicebyte_buf(dst, s, NULL);
}

void runtime_slicerunetostring(GoString *dst, const GoSlice *r) {
	const int32_t *runes = r->ptr;
	uint8_t enc[4];
	intptr_t size = 0;
	for (intptr_t i = 0; i < r->len; i++)
		size += utf8_encode(enc, runes[i]);
	if (size == 0) {
		*dst = (GoString){NULL, 0};
		return;
	}
	uint8_t *p = rawstring(size);
	intptr_t off = 0;
	for (intptr_t i = 0; i < r->len; i++)
		off += utf8_encode(p + off, runes[i]);
	*dst = (GoString){p, size};
}

void runtime_stringtoslicerune_buf(GoSlice *dst, const GoString *s, void *buf) {
	intptr_t n = utf8_count(s->ptr, s->len);
	int32_t *p;
	intptr_t cap;
	if (buf && n <= 32) {
		p = buf;
		cap = 32;
		memset(p, 0, 32 * sizeof(int32_t));
	} else {
		cap = (intptr_t)(roundupsize((uintptr_t)n * 4) / 4);
		p = cap ? runtime_alloc((uintptr_t)cap * 4, true) : (int32_t *)&zerobase;
		memset(p, 0, (size_t)cap * 4);
	}
	intptr_t k = 0;
	for (intptr_t i = 0; i < s->len; k++)
		i += utf8_decode(s->ptr + i, s->len - i, &p[k]);
	*dst = (GoSlice){p, n, cap};
}

void runtime_stringtoslicerune(GoSlice *dst, const GoString *s) {
	runtime_stringtoslicerune_buf(dst, s, NULL);
}

intptr_t runtime_decoderune(const GoString *s, intptr_t k, int32_t *rune) {
	return k + utf8_decode(s->ptr + k, s->len - k, rune);
}
