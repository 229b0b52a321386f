// fmt_value.c - %v and the other verbs on a value of any kind, driven by
// its GoType: the rules of Go's printArg/printValue, including Error and
// String methods, &{...} for top-level pointers and the %!verb(type=value)
// form for verbs that do not fit the operand.
//
// Top-level operands are (type, data word) pairs like interfaces; values
// inside composites are (type, address).
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "fmt.h"

static void print_value(Fmt *f, const GoType *t, const void *p, int verb, int depth, bool can_iface);

static void *dataword_of(const GoType *t, const void *p) {
	return type_is_pointer_shaped(t) ? *(void *const *)p : (void *)p;
}

static void write_type(Fmt *f, const GoType *t) { buf_gostr(&f->buf, &t->str); }

static void bad_verb(Fmt *f, int verb, const GoType *t, const void *p) {
	f->erroring = true;
	buf_str(&f->buf, "%!");
	buf_rune(&f->buf, verb);
	buf_byte(&f->buf, '(');
	if (t) {
		write_type(f, t);
		buf_byte(&f->buf, '=');
		print_value(f, t, p, 'v', 0, false);
	} else {
		buf_str(&f->buf, "<nil>");
	}
	buf_byte(&f->buf, ')');
	f->erroring = false;
}

static void fmt_string_verb(Fmt *f, const GoString *s, int verb, const GoType *t, const void *p) {
	switch (verb) {
	case 'v':
		if (f->sharp_v)
			fmt_q(f, s->ptr, s->len);
		else
			fmt_s(f, s->ptr, s->len);
		return;
	case 's': fmt_s(f, s->ptr, s->len); return;
	case 'x': fmt_sx(f, s->ptr, s->len, false); return;
	case 'X': fmt_sx(f, s->ptr, s->len, true); return;
	case 'q': fmt_q(f, s->ptr, s->len); return;
	}
	bad_verb(f, verb, t, p);
}

// Go's catchPanic: a method that panics prints %!v(PANIC=String method: v),
// or <nil> when the receiver is a nil pointer; a panic while printing
// that panic value propagates.
static void method_panicked(Fmt *f, int verb, const GoType *t, void *word, const char *method,
                            const GoEface *value) {
	if (t->kind == KIND_PTR && !word) {
		fmt_pad_str(f, "<nil>");
		return;
	}
	if (f->panicking)
		runtime_gopanic(value);
	Fmt saved = *f;
	fmt_clear_flags(f);
	buf_str(&f->buf, "%!");
	buf_rune(&f->buf, verb);
	buf_printf(&f->buf, "(PANIC=%s method: ", method);
	f->panicking = true;
	fmt_print_arg(f, value, 'v');
	buf_byte(&f->buf, ')');
	RtBuf buf = f->buf;
	*f = saved;
	f->buf = buf;
}

// Calls the method fn (named method) on the receiver; false if it panicked
// (the panic has then been reported in its place).
static bool call_guarded(Fmt *f, int verb, const GoType *t, void *word, void *fn, const char *method,
                         GoString *result) {
	RtRecovery r;
	if (call_string_method_recovering(fn, word, result, &r))
		return true;
	if (r.value.type)  // panic(nil) is not seen by recover in Go 1.19
		method_panicked(f, verb, t, word, method, &r.value);
	return false;
}

// GoString() for %#v; Error() or String() for the verbs that use them.
static bool handle_methods(Fmt *f, int verb, const GoType *t, void *word) {
	if (f->erroring || t->kind == KIND_INTERFACE)
		return false;
	void *error = type_method(t, "Error");
	if (verb == 'w') {
		if (!f->wrap_errs || !error || f->wrapped.type) {
			// Outside Errorf, on a non-error, or a second %w (Go 1.19
			// wraps at most one error, and then none).
			f->wrap_errs = false;
			f->wrapped = (GoEface){0};
			bad_verb(f, verb, t, eface_valueptr(t, &word));
			return true;
		}
		f->wrapped = (GoEface){t, word};
		verb = 'v';
	}
	GoString s;
	if (f->sharp_v) {
		void *m = type_method(t, "GoString");
		if (!m)
			return false;
		// Printed unadorned (but padded).
		if (call_guarded(f, verb, t, word, m, "GoString", &s))
			fmt_s(f, s.ptr, s.len);
		return true;
	}
	if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')
		return false;
	void *m = error ? error : type_method(t, "String");
	if (!m)
		return false;
	if (call_guarded(f, verb, t, word, m, error ? "Error" : "String", &s))
		fmt_string_verb(f, &s, verb, t, eface_valueptr(t, &word));
	return true;
}

static void fmt_0x64(Fmt *f, uint64_t u, bool leading0x) {
	bool sharp = f->sharp;
	f->sharp = leading0x;
	fmt_integer(f, u, 16, false, 'v', false);
	f->sharp = sharp;
}

static void fmt_int_verb(Fmt *f, uint64_t v, bool is_signed, int verb, const GoType *t, const void *p) {
	switch (verb) {
	case 'v':
		if (f->sharp_v && !is_signed)
			fmt_0x64(f, v, true);
		else
			fmt_integer(f, v, 10, is_signed, verb, false);
		return;
	case 'd': fmt_integer(f, v, 10, is_signed, verb, false); return;
	case 'b': fmt_integer(f, v, 2, is_signed, verb, false); return;
	case 'o': case 'O': fmt_integer(f, v, 8, is_signed, verb, false); return;
	case 'x': fmt_integer(f, v, 16, is_signed, verb, false); return;
	case 'X': fmt_integer(f, v, 16, is_signed, verb, true); return;
	case 'c': fmt_c(f, v); return;
	case 'q': fmt_qc(f, v); return;
	case 'U': fmt_unicode(f, v); return;
	}
	bad_verb(f, verb, t, p);
}

static void fmt_float_verb(Fmt *f, double v, int size, int verb, const GoType *t, const void *p) {
	switch (verb) {
	case 'v': fmt_float(f, v, size, 'g', -1); return;
	case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(f, v, size, verb, -1); return;
	case 'f': case 'F': case 'e': case 'E': fmt_float(f, v, size, verb, 6); return;
	}
	bad_verb(f, verb, t, p);
}

static void fmt_complex_verb(Fmt *f, double re, double im, int size, int verb, const GoType *t,
                             const void *p) {
	if (!strchr("vbgGxXfFeE", verb) || verb == 0) {
		bad_verb(f, verb, t, p);
		return;
	}
	bool plus = f->plus;
	buf_byte(&f->buf, '(');
	fmt_float_verb(f, re, size, verb, t, p);
	f->plus = true;  // the imaginary part always has a sign
	fmt_float_verb(f, im, size, verb, t, p);
	buf_str(&f->buf, "i)");
	f->plus = plus;
}

static void fmt_pointer(Fmt *f, const GoType *t, uintptr_t u, int verb, const void *p) {
	switch (verb) {
	case 'v':
		if (f->sharp_v) {
			buf_byte(&f->buf, '(');
			write_type(f, t);
			buf_str(&f->buf, ")(");
			if (u == 0)
				buf_str(&f->buf, "nil");
			else
				fmt_0x64(f, u, true);
			buf_byte(&f->buf, ')');
		} else if (u == 0) {
			fmt_pad_str(f, "<nil>");
		} else {
			fmt_0x64(f, u, !f->sharp);
		}
		return;
	case 'p': fmt_0x64(f, u, !f->sharp); return;
	case 'b': case 'o': case 'd': case 'x': case 'X':
		fmt_int_verb(f, u, false, verb, t, p);
		return;
	}
	bad_verb(f, verb, t, p);
}

static bool is_exported(const GoString *name) {
	return name->len > 0 && name->ptr[0] >= 'A' && name->ptr[0] <= 'Z';
}

typedef struct MapEntry {
	const void *key, *value;
} MapEntry;

static int compare_entries(const void *a, const void *b, void *keytype) {
	return fmt_compare_keys(keytype, ((const MapEntry *)a)->key, ((const MapEntry *)b)->key);
}

static void print_map(Fmt *f, const GoType *t, GoMap *m, int verb, int depth, bool can_iface) {
	if (f->sharp_v) {
		write_type(f, t);
		if (!m) {
			buf_str(&f->buf, "(nil)");
			return;
		}
		buf_byte(&f->buf, '{');
	} else {
		buf_str(&f->buf, "map[");
	}
	// Entries are sorted by key, like Go's internal/fmtsort.
	intptr_t n = runtime_maplen(m), k = 0;
	MapEntry *entries = malloc(sizeof(MapEntry) * (size_t)(n > 0 ? n : 1));
	GoMapIter it;
	for (runtime_mapiterinit(t, m, &it); it.key && k < n; runtime_mapiternext(&it))
		entries[k++] = (MapEntry){it.key, it.value};
	qsort_r(entries, (size_t)k, sizeof *entries, compare_entries, (void *)t->key);
	for (intptr_t i = 0; i < k; i++) {
		if (i > 0)
			buf_str(&f->buf, f->sharp_v ? ", " : " ");
		print_value(f, t->key, entries[i].key, verb, depth + 1, can_iface);
		buf_byte(&f->buf, ':');
		print_value(f, t->elem, entries[i].value, verb, depth + 1, can_iface);
	}
	free(entries);
	buf_byte(&f->buf, f->sharp_v ? '}' : ']');
}

static void print_struct(Fmt *f, const GoType *t, const char *p, int verb, int depth, bool can_iface) {
	if (f->sharp_v)
		write_type(f, t);
	buf_byte(&f->buf, '{');
	for (uintptr_t i = 0; i < t->len; i++) {
		const GoField *fld = &t->fields[i];
		if (i > 0)
			buf_str(&f->buf, f->sharp_v ? ", " : " ");
		if (f->plus_v || f->sharp_v) {
			buf_gostr(&f->buf, &fld->name);
			buf_byte(&f->buf, ':');
		}
		print_value(f, fld->type, p + fld->offset, verb, depth + 1, can_iface && is_exported(&fld->name));
	}
	buf_byte(&f->buf, '}');
}

// Arrays and slices: n elements of t->elem at p.
static void print_elems(Fmt *f, const GoType *t, const char *p, intptr_t n, int verb, int depth,
                        bool can_iface) {
	const GoType *et = t->elem;
	if (et->kind == KIND_UINT8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
		GoString s = {(const uint8_t *)p, n};
		fmt_string_verb(f, &s, verb, t, p);
		return;
	}
	if (f->sharp_v) {
		// An operand of static type []byte is named so (Go's printArg has
		// a case for it); elsewhere the type prints as []uint8.
		if (depth == 0 && t->kind == KIND_SLICE && !t->named && et->kind == KIND_UINT8 && !et->named)
			buf_str(&f->buf, "[]byte");
		else
			write_type(f, t);
		if (t->kind == KIND_SLICE && !p) {
			buf_str(&f->buf, "(nil)");
			return;
		}
		buf_byte(&f->buf, '{');
	} else {
		buf_byte(&f->buf, '[');
	}
	for (intptr_t i = 0; i < n; i++) {
		if (i > 0)
			buf_str(&f->buf, f->sharp_v ? ", " : " ");
		print_value(f, et, p + (uintptr_t)i * et->size, verb, depth + 1, can_iface);
	}
	buf_byte(&f->buf, f->sharp_v ? '}' : ']');
}

static void print_value(Fmt *f, const GoType *t, const void *p, int verb, int depth, bool can_iface) {
	if (depth > 0 && can_iface && handle_methods(f, verb, t, dataword_of(t, p)))
		return;
	switch (t->kind) {
	case KIND_BOOL:
		if (verb == 't' || verb == 'v')
			fmt_boolean(f, *(const bool *)p);
		else
			bad_verb(f, verb, t, p);
		return;
	case KIND_INT: case KIND_INT64: fmt_int_verb(f, (uint64_t)*(const int64_t *)p, true, verb, t, p); return;
	case KIND_INT8: fmt_int_verb(f, (uint64_t)(int64_t)*(const int8_t *)p, true, verb, t, p); return;
	case KIND_INT16: fmt_int_verb(f, (uint64_t)(int64_t)*(const int16_t *)p, true, verb, t, p); return;
	case KIND_INT32: fmt_int_verb(f, (uint64_t)(int64_t)*(const int32_t *)p, true, verb, t, p); return;
	case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
		fmt_int_verb(f, *(const uint64_t *)p, false, verb, t, p);
		return;
	case KIND_UINT8: fmt_int_verb(f, *(const uint8_t *)p, false, verb, t, p); return;
	case KIND_UINT16: fmt_int_verb(f, *(const uint16_t *)p, false, verb, t, p); return;
	case KIND_UINT32: fmt_int_verb(f, *(const uint32_t *)p, false, verb, t, p); return;
	case KIND_FLOAT32: fmt_float_verb(f, *(const float *)p, 32, verb, t, p); return;
	case KIND_FLOAT64: fmt_float_verb(f, *(const double *)p, 64, verb, t, p); return;
	case KIND_COMPLEX64:
		fmt_complex_verb(f, ((const float *)p)[0], ((const float *)p)[1], 32, verb, t, p);
		return;
	case KIND_COMPLEX128:
		fmt_complex_verb(f, ((const double *)p)[0], ((const double *)p)[1], 64, verb, t, p);
		return;
	case KIND_STRING: fmt_string_verb(f, p, verb, t, p); return;
	case KIND_MAP: print_map(f, t, *(GoMap *const *)p, verb, depth, can_iface); return;
	case KIND_STRUCT: print_struct(f, t, p, verb, depth, can_iface); return;
	case KIND_ARRAY: print_elems(f, t, p, (intptr_t)t->len, verb, depth, can_iface); return;
	case KIND_SLICE: {
		const GoSlice *s = p;
		print_elems(f, t, s->ptr, s->len, verb, depth, can_iface);
		return;
	}
	case KIND_INTERFACE: {
		const GoType *dyn = iface_dyntype(t, p);
		if (dyn) {
			print_value(f, dyn, eface_valueptr(dyn, &((void *const *)p)[1]), verb, depth + 1, can_iface);
		} else if (f->sharp_v) {
			write_type(f, t);
			buf_str(&f->buf, "(nil)");
		} else {
			buf_str(&f->buf, "<nil>");
		}
		return;
	}
	case KIND_PTR: {
		// A top-level pointer to a composite prints as &{...}.
		const void *target = *(void *const *)p;
		int ek = t->elem ? t->elem->kind : KIND_INVALID;
		if (depth == 0 && target &&
		    (ek == KIND_ARRAY || ek == KIND_SLICE || ek == KIND_STRUCT || ek == KIND_MAP)) {
			buf_byte(&f->buf, '&');
			print_value(f, t->elem, target, verb, depth + 1, can_iface);
			return;
		}
		fmt_pointer(f, t, (uintptr_t)target, verb, p);
		return;
	}
	case KIND_CHAN: case KIND_FUNC: case KIND_UNSAFEPTR:
		fmt_pointer(f, t, *(const uintptr_t *)p, verb, p);
		return;
	}
	buf_str(&f->buf, "?");
}

// A reflect.Value (goscape's lib/reflect: the type, a pointer to the
// value's storage, flags) prints as the value it holds, as in Go's fmt;
// its methods count unless it came from an unexported field.
static void print_reflect_value(Fmt *f, const void *p, int verb) {
	const struct {
		const GoType *type;
		void *ptr;
		uint8_t flag;
	} *v = p;
	enum { FLAG_RO = 2 };
	if (!v->type) {
		fmt_pad_str(f, "<invalid reflect.Value>");
		return;
	}
	if (!(v->flag & FLAG_RO) && handle_methods(f, verb, v->type, dataword_of(v->type, v->ptr)))
		return;
	print_value(f, v->type, v->ptr, verb, 0, !(v->flag & FLAG_RO));
}

void fmt_print_arg(Fmt *f, const GoEface *arg, int verb) {
	const GoType *t = arg->type;
	if (!t) {
		if (verb == 'T' || verb == 'v')
			fmt_pad_str(f, "<nil>");
		else
			bad_verb(f, verb, NULL, NULL);
		return;
	}
	const void *p = eface_valueptr(t, &arg->data);
	if (verb == 'T') {
		fmt_s(f, t->str.ptr, t->str.len);
		return;
	}
	if (verb == 'p') {
		uintptr_t u = t->kind == KIND_SLICE ? (uintptr_t)((const GoSlice *)p)->ptr : (uintptr_t)arg->data;
		if (type_is_pointer_shaped(t) || t->kind == KIND_SLICE)
			fmt_pointer(f, t, u, 'p', p);
		else
			bad_verb(f, 'p', t, p);
		return;
	}
	if (t->named && t->str.len == 13 && !memcmp(t->str.ptr, "reflect.Value", 13)) {
		print_reflect_value(f, p, verb);
		return;
	}
	if (handle_methods(f, verb, t, arg->data))
		return;
	print_value(f, t, p, verb, 0, true);
}

void fmt_type_string(Fmt *f, const GoEface *arg) {
	if (arg->type)
		write_type(f, arg->type);
	else
		buf_str(&f->buf, "<nil>");
}
