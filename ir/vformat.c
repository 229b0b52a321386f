// vformat.c - the fast formatter of vformat.h.
#include <stdbool.h>
#include <stddef.h>
#include <string.h>
#include "vformat.h"

int vformat(char *buf, size_t size, const char *fmt, va_list ap) {
	if (size == 0)
		return -1;
	char *p = buf, *end = buf + size - 1; // room for the NUL
	for (const char *f = fmt; *f; f++) {
		if (*f != '%') {
			if (p == end)
				return -1;
			*p++ = *f;
			continue;
		}
		f++;
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
		switch (*f) {
		case '%':
		case 'c':
		case 's':
			if (longs || sized)
				return -1;
			if (*f == '%') {
				s = "%";
				n = 1;
			} else if (*f == 'c') {
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
			if (*f == 'd') {
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
			return -1; // flags, widths, precisions and the other conversions
		}
		if ((size_t)(end - p) < n)
			return -1;
		memcpy(p, s, n);
		p += n;
	}
	*p = '\0';
	return (int)(p - buf);
}
