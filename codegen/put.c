// put.c - numbers put into assembly lines without a format string. The
// per-function tables (the traceback line table, the DWARF DIEs, the
// frame map) write a few lines for every source line and variable: built
// in a buffer with these and written at once, a line costs a tenth of
// fprintf's parsing of its format.
#include "cg.h"

char *put_int(char *p, long long v) {
	return put_padded(p, v, 0);
}

char *put_padded(char *p, long long v, int width) {
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	int n = 1 + (v < 0);
	for (unsigned long long rest = u / 10; rest; rest /= 10)
		n++;
	for (; width > n; width--)
		*p++ = ' ';
	if (v < 0)
		*p = '-';
	for (char *d = p + n - 1; d >= p + (v < 0); d--, u /= 10)
		*d = (char)('0' + u % 10);
	return p + n;
}

char *put_str(char *p, const char *s) {
	while (*s)
		*p++ = *s++;
	return p;
}
