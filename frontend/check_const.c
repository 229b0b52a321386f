// check_const.c - exact constant arithmetic and representability.
//
// Integers are exact in 128 bits (overflow is reported by the caller as
// Go's "constant overflow"); floats are doubles, which is enough for the
// programs we compile. Typed constants are checked against their type
// after every operation by the caller via const_represent.
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "check.h"

ConstVal cv_int(__int128 i) {
	return (ConstVal){.kind = CV_INT, .i = i};
}

ConstVal cv_float(double f) {
	return (ConstVal){.kind = CV_FLOAT, .f = f};
}

ConstVal cv_bool(bool b) {
	return (ConstVal){.kind = CV_BOOL, .b = b};
}

ConstVal cv_string(const char *s, size_t n) {
	return (ConstVal){.kind = CV_STRING, .s = s, .slen = n};
}

ConstVal const_to_float(ConstVal v) {
	if (v.kind == CV_INT)
		return cv_float((double)v.i);
	return v;
}

bool const_is_zero(ConstVal v) {
	return (v.kind == CV_INT && v.i == 0) || (v.kind == CV_FLOAT && v.f == 0);
}

static bool int_binary(Op op, __int128 a, __int128 b, __int128 *r) {
	switch (op) {
	case OP_ADD: return !__builtin_add_overflow(a, b, r);
	case OP_SUB: return !__builtin_sub_overflow(a, b, r);
	case OP_MUL: return !__builtin_mul_overflow(a, b, r);
	case OP_DIV: *r = b ? a / b : 0; return true;
	case OP_REM: *r = b ? a % b : 0; return true;
	case OP_AND: *r = a & b; return true;
	case OP_OR: *r = a | b; return true;
	case OP_XOR: *r = a ^ b; return true;
	case OP_ANDNOT: *r = a & ~b; return true;
	default: return false;
	}
}

bool const_binary(Op op, ConstVal a, ConstVal b, bool integer, ConstVal *out) {
	if (a.kind == CV_STRING && b.kind == CV_STRING && op == OP_ADD) {
		char *s = xmalloc(a.slen + b.slen + 1);
		memcpy(s, a.s, a.slen);
		memcpy(s + a.slen, b.s, b.slen);
		s[a.slen + b.slen] = 0;
		*out = cv_string(s, a.slen + b.slen);
		return true;
	}
	if (a.kind == CV_BOOL && b.kind == CV_BOOL) {
		if (op == OP_LAND)
			*out = cv_bool(a.b && b.b);
		else if (op == OP_LOR)
			*out = cv_bool(a.b || b.b);
		else
			return false;
		return true;
	}
	if (integer && a.kind == CV_INT && b.kind == CV_INT) {
		__int128 r;
		if (!int_binary(op, a.i, b.i, &r))
			return false;
		*out = cv_int(r);
		return true;
	}
	// untyped division of integer constants in a float context, or floats
	double x = const_to_float(a).f, y = const_to_float(b).f, r;
	switch (op) {
	case OP_ADD: r = x + y; break;
	case OP_SUB: r = x - y; break;
	case OP_MUL: r = x * y; break;
	case OP_DIV: r = x / y; break;
	default: return false;
	}
	*out = cv_float(r);
	return true;
}

bool const_compare(Op op, ConstVal a, ConstVal b) {
	int c;
	if (a.kind == CV_STRING) {
		size_t n = a.slen < b.slen ? a.slen : b.slen;
		c = memcmp(a.s, b.s, n);
		if (!c)
			c = a.slen < b.slen ? -1 : a.slen > b.slen;
	} else if (a.kind == CV_BOOL) {
		c = a.b != b.b;
	} else if (a.kind == CV_INT && b.kind == CV_INT) {
		c = a.i < b.i ? -1 : a.i > b.i;
	} else {
		double x = const_to_float(a).f, y = const_to_float(b).f;
		c = x < y ? -1 : x > y;
	}
	switch (op) {
	case OP_EQ: return c == 0;
	case OP_NE: return c != 0;
	case OP_LT: return c < 0;
	case OP_LE: return c <= 0;
	case OP_GT: return c > 0;
	case OP_GE: return c >= 0;
	default: return false;
	}
}

static int int_bits(TypeKind k) {
	switch (k) {
	case TY_INT8: case TY_UINT8: return 8;
	case TY_INT16: case TY_UINT16: return 16;
	case TY_INT32: case TY_UINT32: return 32;
	default: return 64;
	}
}

bool const_unary(Op op, ConstVal a, Type *t, ConstVal *out) {
	Type *u = type_under(t);
	switch (op) {
	case OP_ADD:
		*out = a;
		return true;
	case OP_SUB:
		if (a.kind == CV_FLOAT) {
			*out = cv_float(-a.f);
			return true;
		}
		if (a.kind != CV_INT || a.i == -(__int128)((~(unsigned __int128)0) >> 1) - 1)
			return false;
		*out = cv_int(-a.i);
		return true;
	case OP_XOR:
		if (a.kind != CV_INT)
			return false;
		if (type_is_unsigned(u)) {
			unsigned __int128 mask = ((unsigned __int128)1 << int_bits(u->kind)) - 1;
			*out = cv_int((__int128)(~(unsigned __int128)a.i & mask));
		} else
			*out = cv_int(~a.i);
		return true;
	case OP_NOT:
		if (a.kind != CV_BOOL)
			return false;
		*out = cv_bool(!a.b);
		return true;
	default:
		return false;
	}
}

bool const_shift(Op op, ConstVal a, uint64_t count, ConstVal *out) {
	if (a.kind != CV_INT)
		return false;
	if (op == OP_SHR) {
		*out = cv_int(count >= 127 ? (a.i < 0 ? -1 : 0) : a.i >> count);
		return true;
	}
	if (a.i == 0) {
		*out = a;
		return true;
	}
	if (count >= 126)
		return false;
	__int128 r = (__int128)((unsigned __int128)a.i << count);
	if ((r >> count) != a.i)
		return false;
	*out = cv_int(r);
	return true;
}

static bool int_fits(__int128 v, TypeKind k) {
	switch (k) {
	case TY_INT8: return v >= INT8_MIN && v <= INT8_MAX;
	case TY_INT16: return v >= INT16_MIN && v <= INT16_MAX;
	case TY_INT32: return v >= INT32_MIN && v <= INT32_MAX;
	case TY_INT: case TY_INT64: return v >= INT64_MIN && v <= INT64_MAX;
	case TY_UINT8: return v >= 0 && v <= UINT8_MAX;
	case TY_UINT16: return v >= 0 && v <= UINT16_MAX;
	case TY_UINT32: return v >= 0 && v <= UINT32_MAX;
	case TY_UINT: case TY_UINT64: case TY_UINTPTR: return v >= 0 && v <= (__int128)UINT64_MAX;
	default: return true; // untyped integers: the 128-bit range itself
	}
}

__int128 const_wrap(__int128 v, Type *t) {
	Type *u = type_under(t);
	if (!type_is_integer(u) || u->kind == TY_UNTYPED_INT || u->kind == TY_UNTYPED_RUNE)
		return v;
	int bits = int_bits(u->kind);
	unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
	unsigned __int128 x = (unsigned __int128)v & mask;
	if (!type_is_unsigned(u) && (x >> (bits - 1)) & 1)
		return (__int128)x - ((__int128)1 << bits);
	return (__int128)x;
}

Repr const_represent(ConstVal v, Type *t, ConstVal *out) {
	Type *u = type_under(t);
	*out = v;
	if (!u)
		return REPR_MISMATCH;
	switch (u->kind) {
	case TY_BOOL: case TY_UNTYPED_BOOL:
		return v.kind == CV_BOOL ? REPR_OK : REPR_MISMATCH;
	case TY_STRING: case TY_UNTYPED_STRING:
		return v.kind == CV_STRING ? REPR_OK : REPR_MISMATCH;
	case TY_FLOAT32: case TY_FLOAT64: case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_FLOAT: {
		if (v.kind != CV_INT && v.kind != CV_FLOAT)
			return REPR_MISMATCH;
		double f = const_to_float(v).f;
		if (u->kind == TY_FLOAT32 || u->kind == TY_COMPLEX64) {
			if (isfinite(f) && fabs(f) > FLT_MAX && (float)f != (float)FLT_MAX)
				return REPR_OVERFLOW;
			f = (float)f;
		}
		if (!isfinite(f))
			return REPR_OVERFLOW;
		*out = cv_float(f);
		return REPR_OK;
	}
	default:
		if (!type_is_integer(u))
			return REPR_MISMATCH;
		if (v.kind == CV_FLOAT) {
			if (v.f != floor(v.f) || !isfinite(v.f))
				return REPR_TRUNCATED;
			if (fabs(v.f) > 1.7e38)
				return REPR_OVERFLOW;
			v = cv_int((__int128)v.f);
		} else if (v.kind != CV_INT)
			return REPR_MISMATCH;
		*out = v;
		return int_fits(v.i, u->kind) ? REPR_OK : REPR_OVERFLOW;
	}
}

static char *int128_string(__int128 v) {
	char buf[64], *p = buf + sizeof buf;
	unsigned __int128 x = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
	*--p = 0;
	do {
		*--p = '0' + (int)(x % 10);
		x /= 10;
	} while (x);
	if (v < 0)
		*--p = '-';
	return xstrdup(p);
}

const char *quote_string(const char *s, size_t n) {
	char *out = xmalloc(n * 4 + 3), *p = out;
	*p++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		switch (c) {
		case '\a': *p++ = '\\'; *p++ = 'a'; break;
		case '\b': *p++ = '\\'; *p++ = 'b'; break;
		case '\f': *p++ = '\\'; *p++ = 'f'; break;
		case '\n': *p++ = '\\'; *p++ = 'n'; break;
		case '\r': *p++ = '\\'; *p++ = 'r'; break;
		case '\t': *p++ = '\\'; *p++ = 't'; break;
		case '\v': *p++ = '\\'; *p++ = 'v'; break;
		case '\\': *p++ = '\\'; *p++ = '\\'; break;
		case '"': *p++ = '\\'; *p++ = '"'; break;
		default:
			if (c < 0x20 || c == 0x7f)
				p += sprintf(p, "\\x%02x", c);
			else
				*p++ = c;
		}
	}
	*p++ = '"';
	*p = 0;
	return out;
}

const char *const_string(ConstVal v) {
	switch (v.kind) {
	case CV_BOOL: return v.b ? "true" : "false";
	case CV_INT: return int128_string(v.i);
	case CV_FLOAT:
		if (v.f == floor(v.f) && fabs(v.f) < 1e21)
			return xasprintf("%.0f", v.f);
		return xasprintf("%.6g", v.f);
	case CV_STRING: return quote_string(v.s, v.slen);
	default: return "?";
	}
}
