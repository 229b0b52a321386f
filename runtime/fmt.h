// fmt.h - the state shared by the fmt files: one printer (Go's pp + fmt)
// writing into a malloc'd buffer.
#ifndef GOSCAPE_FMT_H
#define GOSCAPE_FMT_H

#include "rt.h"

typedef struct Fmt {
	RtBuf buf;
	// Flags of the verb being formatted.
	bool minus, plus, sharp, space, zero;
	bool plus_v, sharp_v;      // %+v and %#v (plus and sharp are then cleared)
	bool wid_present, prec_present;
	int wid, prec;
	bool erroring;             // printing a bad verb's operand: call no methods
	bool wrap_errs;            // Errorf: %w is allowed (a second %w disallows it)
	GoEface wrapped;           // the operand of the one %w so far (type NULL: none)
	bool panicking;            // printing the value of a panicking method
} Fmt;

void fmt_clear_flags(Fmt *f);

// ---- raw formatting with padding (fmt_format.c) ----
void fmt_pad(Fmt *f, const char *s, size_t n);        // width counts runes
void fmt_pad_str(Fmt *f, const char *s);
void fmt_write_padding(Fmt *f, int n);
void fmt_boolean(Fmt *f, bool v);
void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb, bool upper);
void fmt_unicode(Fmt *f, uint64_t u);                 // %U
void fmt_c(Fmt *f, uint64_t u);                       // %c
void fmt_qc(Fmt *f, uint64_t u);                      // %q of an integer
void fmt_s(Fmt *f, const uint8_t *s, intptr_t n);     // %s: precision cuts runes
void fmt_sx(Fmt *f, const uint8_t *s, intptr_t n, bool upper);  // %x of bytes
void fmt_q(Fmt *f, const uint8_t *s, intptr_t n);     // %q of a string
// Go-quotes s (strconv.Quote; ASCII-only with \u escapes when ascii).
void quote_string(RtBuf *b, const uint8_t *s, intptr_t n, bool ascii);

// ---- floats (fmt_float.c) ----
// verb is one of e E f F g G x X b (v arrives as g); prec -1 means shortest.
void fmt_float(Fmt *f, double v, int size, int verb, int prec);

// ---- values by kind (fmt_value.c) ----
void fmt_print_arg(Fmt *f, const GoEface *arg, int verb);
void fmt_type_string(Fmt *f, const GoEface *arg);     // what %T and EXTRA print

// ---- map key order for printing (fmt_sort.c) ----
int fmt_compare_keys(const GoType *t, const void *a, const void *b);

// ---- Printf (fmt_verbs.c) ----
void fmt_do_printf(Fmt *f, const GoString *format, const GoSlice *args);

#endif
