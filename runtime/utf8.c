// utf8.c - UTF-8 encoding and decoding with Go's rules: surrogates and
// values above U+10FFFF are invalid; an invalid sequence decodes as
// U+FFFD of width 1.
#include "rt.h"

static bool rune_valid(int32_t r) {
	return r >= 0 && r <= RUNE_MAX && !(r >= 0xD800 && r <= 0xDFFF);
}

int utf8_encode(uint8_t out[4], int32_t r) {
	if (!rune_valid(r))
		r = RUNE_ERROR;
	uint32_t u = (uint32_t)r;
	if (u < 0x80) {
		out[0] = (uint8_t)u;
		return 1;
	}
	if (u < 0x800) {
		out[0] = (uint8_t)(0xC0 | (u >> 6));
		out[1] = (uint8_t)(0x80 | (u & 0x3F));
		return 2;
	}
	if (u < 0x10000) {
		out[0] = (uint8_t)(0xE0 | (u >> 12));
		out[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
		out[2] = (uint8_t)(0x80 | (u & 0x3F));
		return 3;
	}
	out[0] = (uint8_t)(0xF0 | (u >> 18));
	out[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
	out[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
	out[3] = (uint8_t)(0x80 | (u & 0x3F));
	return 4;
}

static bool is_cont(uint8_t c) { return (c & 0xC0) == 0x80; }

int utf8_decode(const uint8_t *p, intptr_t n, int32_t *rune) {
	uint8_t c = p[0];
	*rune = RUNE_ERROR;
	if (c < 0x80) {
		*rune = c;
		return 1;
	}
	int width;
	uint32_t r, min;
	if (c >= 0xC2 && c <= 0xDF) {
		width = 2, r = c & 0x1F, min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		width = 3, r = c & 0x0F, min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		width = 4, r = c & 0x07, min = 0x10000;
	} else {
		return 1;
	}
	if (n < width)
		return 1;
	for (int i = 1; i < width; i++) {
		if (!is_cont(p[i]))
			return 1;
		r = (r << 6) | (p[i] & 0x3F);
	}
	// Overlong forms, surrogates and values past U+10FFFF are errors.
	if (r < min || !rune_valid((int32_t)r))
		return 1;
	*rune = (int32_t)r;
	return width;
}

intptr_t utf8_count(const uint8_t *p, intptr_t n) {
	intptr_t count = 0;
	int32_t r;
	for (intptr_t i = 0; i < n; count++)
		i += utf8_decode(p + i, n - i, &r);
	return count;
}

bool rune_is_print(int32_t r) {
	size_t lo = 0, hi = print_ranges_len;
	while (lo < hi) {  // the first run ending at or after r
		size_t mid = (lo + hi) / 2;
		if ((uint32_t)r > print_ranges[mid][1])
			lo = mid + 1;
		else
			hi = mid;
	}
	return r >= 0 && lo < print_ranges_len && (uint32_t)r >= print_ranges[lo][0];
}
