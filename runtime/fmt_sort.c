// fmt_sort.c - the order in which fmt prints map keys (Go's
// internal/fmtsort): numbers and strings ascending with NaN first, false
// before true, pointers by address, structs and arrays field by field,
// interfaces by dynamic type and then value, nil first.
#include "fmt.h"

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b))

// fmtsort orders different dynamic types by the address of their
// descriptors, and Go's linker lays those out by symbol size, then name.
// This is the size of Go 1.19's descriptor for t (reflect's rtype, the
// kind's extra fields, the uncommon part that named and predeclared
// types carry with 16 bytes per method, struct fields, interface
// methods); func parameters are not known here and count as none.
static uintptr_t go_descriptor_size(const GoType *t) {
	uintptr_t n = 48;
	bool uncommon = t->named || t->kind <= KIND_COMPLEX128 || t->kind == KIND_STRING ||
	                t->kind == KIND_UNSAFEPTR || (t->nmethods && t->kind != KIND_INTERFACE);
	switch (t->kind) {
	case KIND_ARRAY: n += 24; break;
	case KIND_CHAN: n += 16; break;
	case KIND_FUNC: case KIND_PTR: case KIND_SLICE: n += 8; break;
	case KIND_INTERFACE: n += 32 + 8 * t->len; break;
	case KIND_MAP: n += 40; break;
	case KIND_STRUCT: n += 32 + 24 * t->len; break;
	}
	if (uncommon)
		n += 16 + (t->kind == KIND_INTERFACE ? 0 : 16 * t->nmethods);
	return n;
}

static int compare_types(const GoType *a, const GoType *b) {
	uintptr_t sa = go_descriptor_size(a), sb = go_descriptor_size(b);
	if (sa != sb)
		return CMP(sa, sb);
	intptr_t c = runtime_cmpstring(&a->str, &b->str);
	return CMP(c, 0);
}

static int compare_float(double a, double b) {
	if (a != a)
		return b != b ? 0 : -1;
	if (b != b)
		return 1;
	return CMP(a, b);
}

int fmt_compare_keys(const GoType *t, const void *a, const void *b) {
	switch (t->kind) {
	case KIND_BOOL: return CMP(*(const bool *)a, *(const bool *)b);
	case KIND_INT: case KIND_INT64: return CMP(*(const int64_t *)a, *(const int64_t *)b);
	case KIND_INT8: return CMP(*(const int8_t *)a, *(const int8_t *)b);
	case KIND_INT16: return CMP(*(const int16_t *)a, *(const int16_t *)b);
	case KIND_INT32: return CMP(*(const int32_t *)a, *(const int32_t *)b);
	case KIND_UINT8: return CMP(*(const uint8_t *)a, *(const uint8_t *)b);
	case KIND_UINT16: return CMP(*(const uint16_t *)a, *(const uint16_t *)b);
	case KIND_UINT32: return CMP(*(const uint32_t *)a, *(const uint32_t *)b);
	case KIND_FLOAT32: return compare_float(*(const float *)a, *(const float *)b);
	case KIND_FLOAT64: return compare_float(*(const double *)a, *(const double *)b);
	case KIND_COMPLEX64: {
		int c = compare_float(((const float *)a)[0], ((const float *)b)[0]);
		return c ? c : compare_float(((const float *)a)[1], ((const float *)b)[1]);
	}
	case KIND_COMPLEX128: {
		int c = compare_float(((const double *)a)[0], ((const double *)b)[0]);
		return c ? c : compare_float(((const double *)a)[1], ((const double *)b)[1]);
	}
	case KIND_STRING: {
		intptr_t c = runtime_cmpstring(a, b);
		return CMP(c, 0);
	}
	case KIND_ARRAY:
		for (uintptr_t i = 0; i < t->len; i++) {
			uintptr_t off = i * t->elem->size;
			int c = fmt_compare_keys(t->elem, (const char *)a + off, (const char *)b + off);
			if (c)
				return c;
		}
		return 0;
	case KIND_STRUCT:
		for (uintptr_t i = 0; i < t->len; i++) {
			const GoField *fld = &t->fields[i];
			int c = fmt_compare_keys(fld->type, (const char *)a + fld->offset, (const char *)b + fld->offset);
			if (c)
				return c;
		}
		return 0;
	case KIND_INTERFACE: {
		const GoType *ta = iface_dyntype(t, a), *tb = iface_dyntype(t, b);
		if (!ta || !tb)
			return CMP(ta != NULL, tb != NULL);
		if (!type_same(ta, tb))
			return compare_types(ta, tb);
		return fmt_compare_keys(ta, eface_valueptr(ta, &((void *const *)a)[1]),
		                        eface_valueptr(ta, &((void *const *)b)[1]));
	}
	}
	// uint, uint64, uintptr, pointers, channels: an unsigned word.
	return CMP(*(const uintptr_t *)a, *(const uintptr_t *)b);
}
