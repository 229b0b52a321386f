// print.c - the print/println builtins: Go's own formats, written straight
// to fd 2 one piece at a time.
#include <stdio.h>
#include <string.h>
#include "rt.h"

static void emit(const char *p, size_t n) { rt_stderr_write(p, n); }

static void emit_buf(RtBuf *b) {
	emit(b->p, b->len);
	buf_free(b);
}

void runtime_printint(int64_t v) {
	char s[24];
	emit(s, (size_t)snprintf(s, sizeof s, "%lld", (long long)v));
}

void runtime_printuint(uint64_t v) {
	char s[24];
	emit(s, (size_t)snprintf(s, sizeof s, "%llu", (unsigned long long)v));
}

void runtime_printbool(bool v) {
	if (v)
		emit("true", 4);
	else
		emit("false", 5);
}

// Go's print float: 7 significant digits found by repeated scaling (not
// correctly rounded, on purpose: the last digit must match Go's).
void rt_format_float_print(RtBuf *b, double v) {
	if (v != v) {
		buf_str(b, "NaN");
		return;
	}
	if (v + v == v && v > 0) {
		buf_str(b, "+Inf");
		return;
	}
	if (v + v == v && v < 0) {
		buf_str(b, "-Inf");
		return;
	}
	enum { NDIG = 7 };
	char s[NDIG + 7];
	s[0] = '+';
	int e = 0;
	if (v == 0) {
		if (1 / v < 0)
			s[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			s[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double half = 5.0;
		for (int i = 0; i < NDIG; i++)
			half /= 10;
		v += half;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < NDIG; i++) {
		int d = (int)v;
		s[i + 2] = (char)('0' + d);
		v -= d;
		v *= 10;
	}
	s[1] = s[2];
	s[2] = '.';
	s[NDIG + 2] = 'e';
	s[NDIG + 3] = '+';
	if (e < 0) {
		e = -e;
		s[NDIG + 3] = '-';
	}
	s[NDIG + 4] = (char)('0' + e / 100);
	s[NDIG + 5] = (char)('0' + e / 10 % 10);
	s[NDIG + 6] = (char)('0' + e % 10);
	buf_write(b, s, sizeof s);
}

void runtime_printfloat(double v) {
	RtBuf b = {0};
	rt_format_float_print(&b, v);
	emit_buf(&b);
}

void runtime_printcomplex(double re, double im) {
	emit("(", 1);
	runtime_printfloat(re);
	runtime_printfloat(im);
	emit("i)", 2);
}

void runtime_printstring(const GoString *s) { emit((const char *)s->ptr, (size_t)s->len); }

void runtime_printpointer(const void *p) {
	char s[24];
	emit(s, (size_t)snprintf(s, sizeof s, "0x%lx", (unsigned long)(uintptr_t)p));
}

void runtime_printslice(const GoSlice *s) {
	char t[80];
	emit(t, (size_t)snprintf(t, sizeof t, "[%ld/%ld]0x%lx", (long)s->len, (long)s->cap,
	                         (unsigned long)(uintptr_t)s->ptr));
}

void runtime_printeface(const GoEface *e) {
	char t[64];
	emit(t, (size_t)snprintf(t, sizeof t, "(0x%lx,0x%lx)", (unsigned long)(uintptr_t)e->type,
	                         (unsigned long)(uintptr_t)e->data));
}

void runtime_printsp(void) { emit(" ", 1); }

void runtime_printnl(void) { emit("\n", 1); }
