// utf8.c - the UTF-8 codec of utf8.h.
#include "utf8.h"

int utf8_encode(char buf[UTF8_MAX], int64_t r) {
	if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
		r = RUNE_ERROR;
	unsigned c = (unsigned)r;
	if (c < 0x80) {
		buf[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		buf[0] = (char)(0xC0 | c >> 6);
		buf[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		buf[0] = (char)(0xE0 | c >> 12);
		buf[1] = (char)(0x80 | (c >> 6 & 0x3F));
		buf[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	buf[0] = (char)(0xF0 | c >> 18);
	buf[1] = (char)(0x80 | (c >> 12 & 0x3F));
	buf[2] = (char)(0x80 | (c >> 6 & 0x3F));
	buf[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

int utf8_decode(const unsigned char *s, size_t n, int32_t *r) {
	unsigned char b0 = s[0];
	*r = RUNE_ERROR;
	if (b0 < 0x80) {
		*r = b0;
		return 1;
	}
	int width = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
	if (width == 0 || n < (size_t)width)
		return 1;
	// the second byte's range excludes overlong forms, surrogates and runes past U+10FFFF
	unsigned char lo = b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
	unsigned char hi = b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
	if (s[1] < lo || s[1] > hi)
		return 1;
	for (int k = 2; k < width; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 1;
	int32_t v = b0 & (0x7F >> width);
	for (int k = 1; k < width; k++)
		v = v << 6 | (s[k] & 0x3F);
	*r = v;
	return width;
}
