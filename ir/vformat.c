// vformat.c - the fast formatter of vformat.h, and fformat, fprintf through it.
#define _GNU_SOURCE // fwrite_unlocked, strchrnul
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "vformat.h"

int vformat(char *buf, size_t size, const char *fmt, va_list ap) {
	if (size == 0)
		return -1;
	char *p = buf, *end = buf + size - 1; // room for the NUL
	const char *f = fmt;
	for (;;) {
		// The literal run up to the next conversion, found many bytes at
		// a time (the C library's strchrnul) and copied at once.
		size_t k = (size_t)(strchrnul(f, '%') - f);
		if ((size_t)(end - p) < k)
			return -1;
		memcpy(p, f, k);
		p += k;
		f += k;
		if (*f == '\0')
			break;
		f++;
		bool left = *f == '-';  // "%-20s", "%6d": padded with spaces to width
		if (left)
			f++;
		size_t width = 0;
		for (; *f >= '0' && *f <= '9'; f++) {
			if (*f == '0' && width == 0)
				return -1;  // the 0 flag
			width = width * 10 + (size_t)(*f - '0');
			if (width > 1024)
				return -1;
		}
		int longs = 0;
		bool sized = *f == 'z';
		if (sized)
			f++;
		else
			while (*f == 'l' && longs < 2)
				longs++, f++;
		char digits[24];
		const char *s;
		size_t n;
		switch (*f++) {
		case '%':
		case 'c':
		case 's':
			if (longs || sized || (f[-1] == '%' && (left || width)))
				return -1;
			if (f[-1] == '%') {
				s = "%";
				n = 1;
			} else if (f[-1] == 'c') {
				digits[0] = (char)va_arg(ap, int);
				s = digits;
				n = 1;
			} else {
				s = va_arg(ap, const char *);
				if (!s)
					s = "(null)"; // as glibc prints it
				n = strlen(s);
			}
			break;
		case 'd':
		case 'u': {
			unsigned long long v;
			bool neg = false;
			if (f[-1] == 'd') {
				long long x = sized ? (long long)va_arg(ap, ptrdiff_t)
				              : longs == 2 ? va_arg(ap, long long)
				              : longs == 1 ? va_arg(ap, long)
				                           : va_arg(ap, int);
				neg = x < 0;
				v = neg ? -(unsigned long long)x : (unsigned long long)x;
			} else {
				v = sized ? va_arg(ap, size_t)
				    : longs == 2 ? va_arg(ap, unsigned long long)
				    : longs == 1 ? va_arg(ap, unsigned long)
				                 : va_arg(ap, unsigned);
			}
			char *q = digits + sizeof digits;
			do {
				*--q = (char)('0' + v % 10);
				v /= 10;
			} while (v);
			if (neg)
				*--q = '-';
			s = q;
			n = (size_t)(digits + sizeof digits - q);
			break;
		}
		default:
			return -1; // the other flags, precisions and conversions
		}
		if (width > n) {  // padded: rare
			size_t pad = width - n;
			if ((size_t)(end - p) < width)
				return -1;
			memset(left ? p + n : p, ' ', pad);
			memcpy(left ? p : p + pad, s, n);
			p += width;
			continue;
		}
		if ((size_t)(end - p) < n)
			return -1;
		memcpy(p, s, n);
		p += n;
	}
	*p = '\0';
	return (int)(p - buf);
}

int vformat_copy(char *buf, size_t size, const char *fmt, va_list ap) {
	va_list ap2;
	va_copy(ap2, ap);
	int n = vformat(buf, size, fmt, ap2);
	va_end(ap2);
	return n;
}

char *put_decimal(char *p, unsigned long long v) {
	char digits[20];
	int n = 0;
	do {
		digits[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n)
		*p++ = digits[--n];
	return p;
}

char *put_int(char *p, long long v) {
	if (v < 0)
		*p++ = '-';
	return put_decimal(p, v < 0 ? -(unsigned long long)v : (unsigned long long)v);
}

char *put_padded(char *p, long long v, int width) {
	char text[21];
	int n = (int)(put_int(text, v) - text);
	for (; width > n; width--)
		*p++ = ' ';
	memcpy(p, text, (size_t)n);
	return p + n;
}

char *put_str(char *p, const char *s) {
	while (*s)
		*p++ = *s++;
	return p;
}

void put_text(FILE *out, const char *s, size_t n) {
#ifdef __GLIBC__
	// The room left in out's buffer, which glibc's putc_unlocked macro
	// writes to as well (none in a line-buffered or unbuffered stream:
	// those take fwrite's path).
	if ((size_t)(out->_IO_write_end - out->_IO_write_ptr) >= n) {
		memcpy(out->_IO_write_ptr, s, n);
		out->_IO_write_ptr += n;
		return;
	}
#endif
	fwrite_unlocked(s, 1, n, out);
}

void vfformat(FILE *out, const char *fmt, va_list ap) {
	char buf[512];
	int n = vformat_copy(buf, sizeof buf, fmt, ap);
	if (n >= 0)
		put_text(out, buf, (size_t)n);
	else
		vfprintf(out, fmt, ap);
}

void fformat(FILE *out, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	vfformat(out, fmt, ap);
	va_end(ap);
}
