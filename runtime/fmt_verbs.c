// fmt_verbs.c - the Printf state machine: flags, width and precision
// (literal, * or %[n] indexed), verbs, and the error forms %!(NOVERB),
// %!v(MISSING), %!v(BADINDEX), %!(BADWIDTH), %!(BADPREC), %!(EXTRA ...).
#include "fmt.h"

typedef struct Scan {
	const uint8_t *s;
	intptr_t end;
	const GoEface *args;
	intptr_t nargs;
	intptr_t argnum;
	bool reordered, good_argnum;
} Scan;

static bool too_large(intptr_t n) { return n > 1000000 || n < -1000000; }

// Reads decimal digits at *i: returns whether there were any.
static bool parse_num(const Scan *sc, intptr_t *i, int *num) {
	*num = 0;
	bool any = false;
	for (; *i < sc->end && sc->s[*i] >= '0' && sc->s[*i] <= '9'; (*i)++) {
		if (too_large(*num)) {
			*i = sc->end;
			*num = 0;
			return false;
		}
		*num = *num * 10 + (sc->s[*i] - '0');
		any = true;
	}
	return any;
}

// An explicit argument index "[n]" at *i; returns whether one was found.
static bool arg_number(Scan *sc, intptr_t *i) {
	if (*i >= sc->end || sc->s[*i] != '[')
		return false;
	sc->reordered = true;
	for (intptr_t j = *i + 1; j < sc->end; j++) {
		if (sc->s[j] != ']')
			continue;
		intptr_t k = *i + 1;
		int n;
		bool ok = parse_num(sc, &k, &n) && k == j;
		*i = j + 1;
		if (ok && n >= 1 && n <= sc->nargs) {
			sc->argnum = n - 1;
			return true;
		}
		sc->good_argnum = false;
		return ok;
	}
	(*i)++;  // no closing bracket
	sc->good_argnum = false;
	return false;
}

// The int operand of a '*' width or precision.
static bool int_from_arg(Scan *sc, int *num) {
	*num = 0;
	if (sc->argnum >= sc->nargs)
		return false;
	const GoEface *a = &sc->args[sc->argnum++];
	if (!a->type)
		return false;
	const void *p = a->data;
	int64_t v;
	switch (a->type->kind) {
	case KIND_INT: case KIND_INT64: v = *(const int64_t *)p; break;
	case KIND_INT8: v = *(const int8_t *)p; break;
	case KIND_INT16: v = *(const int16_t *)p; break;
	case KIND_INT32: v = *(const int32_t *)p; break;
	case KIND_UINT8: v = *(const uint8_t *)p; break;
	case KIND_UINT16: v = *(const uint16_t *)p; break;
	case KIND_UINT32: v = *(const uint32_t *)p; break;
	case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
		if (*(const uint64_t *)p > INT64_MAX)
			return false;
		v = (int64_t)*(const uint64_t *)p;
		break;
	default:
		return false;
	}
	if (too_large(v))
		return false;
	*num = (int)v;
	return true;
}

static void percent_verb(Fmt *f, int32_t verb, const char *what) {
	buf_str(&f->buf, "%!");
	buf_rune(&f->buf, verb);
	buf_str(&f->buf, what);
}

void fmt_do_printf(Fmt *f, const GoString *format, const GoSlice *args) {
	Scan sc = {format->ptr, format->len, args->ptr, args->len, 0, false, true};
	const uint8_t *s = sc.s;
	intptr_t i = 0;
	while (i < sc.end) {
		sc.good_argnum = true;
		intptr_t lit = i;
		while (i < sc.end && s[i] != '%')
			i++;
		buf_write(&f->buf, s + lit, (size_t)(i - lit));
		if (i >= sc.end)
			break;
		i++;
		fmt_clear_flags(f);
		for (; i < sc.end; i++) {
			switch (s[i]) {
			case '#': f->sharp = true; continue;
			case '0': f->zero = !f->minus; continue;  // zero padding only to the left
			case '+': f->plus = true; continue;
			case '-': f->minus = true, f->zero = false; continue;
			case ' ': f->space = true; continue;
			}
			break;
		}
		bool after_index = arg_number(&sc, &i);
		if (i < sc.end && s[i] == '*') {
			i++;
			f->wid_present = int_from_arg(&sc, &f->wid);
			if (!f->wid_present)
				buf_str(&f->buf, "%!(BADWIDTH)");
			if (f->wid < 0) {
				f->wid = -f->wid;
				f->minus = true, f->zero = false;
			}
			after_index = false;
		} else {
			f->wid_present = parse_num(&sc, &i, &f->wid);
			if (after_index && f->wid_present)  // "%[3]2d"
				sc.good_argnum = false;
		}
		if (i + 1 < sc.end && s[i] == '.') {
			i++;
			if (after_index)  // "%[3].2d"
				sc.good_argnum = false;
			after_index = arg_number(&sc, &i);
			if (i < sc.end && s[i] == '*') {
				i++;
				f->prec_present = int_from_arg(&sc, &f->prec);
				if (f->prec < 0) {
					f->prec = 0;
					f->prec_present = false;
				}
				if (!f->prec_present)
					buf_str(&f->buf, "%!(BADPREC)");
				after_index = false;
			} else {
				parse_num(&sc, &i, &f->prec);
				f->prec_present = true;  // "%.d" means precision 0
			}
		}
		if (!after_index)
			after_index = arg_number(&sc, &i);
		if (i >= sc.end) {
			buf_str(&f->buf, "%!(NOVERB)");
			break;
		}
		int32_t verb;
		i += utf8_decode(s + i, sc.end - i, &verb);
		if (verb == '%') {
			buf_byte(&f->buf, '%');  // absorbs no operand, ignores width
		} else if (!sc.good_argnum) {
			percent_verb(f, verb, "(BADINDEX)");
		} else if (sc.argnum >= sc.nargs) {
			percent_verb(f, verb, "(MISSING)");
		} else {
			if (verb == 'v') {
				f->sharp_v = f->sharp, f->sharp = false;
				f->plus_v = f->plus, f->plus = false;
			}
			fmt_print_arg(f, &sc.args[sc.argnum++], verb);
		}
	}
	if (!sc.reordered && sc.argnum < sc.nargs) {
		fmt_clear_flags(f);
		buf_str(&f->buf, "%!(EXTRA ");
		for (intptr_t k = sc.argnum; k < sc.nargs; k++) {
			if (k > sc.argnum)
				buf_str(&f->buf, ", ");
			fmt_type_string(f, &sc.args[k]);
			if (sc.args[k].type) {
				buf_byte(&f->buf, '=');
				fmt_print_arg(f, &sc.args[k], 'v');
			}
		}
		buf_byte(&f->buf, ')');
	}
}
