// fmt_errors.c - error values made by the runtime: errors.New and
// fmt.Errorf (*errors.errorString, or *fmt.wrapError when %w is used).
// Their Error method is Go code in gofuncs.S since interfaces call it
// with the Go convention.
#include "fmt.h"

void runtime_errorString_Error(void);  // gofuncs.S: func (e *T) Error() string { return e.s }
void runtime_wrapError_Unwrap(void);   // gofuncs.S: func (e *fmt.wrapError) Unwrap() error { return e.err }

#define GOSTR_LIT(s) {(const uint8_t *)(s), sizeof(s) - 1}

static const GoMethod error_methods[] = {{GOSTR_LIT("Error"), (void *)runtime_errorString_Error, NULL}};
// sorted by name; Unwrap is what errors.Is/As/Unwrap look for
static const GoMethod wrapError_methods[] = {{GOSTR_LIT("Error"), (void *)runtime_errorString_Error, NULL},
                                             {GOSTR_LIT("Unwrap"), (void *)runtime_wrapError_Unwrap, NULL}};
static const uint8_t ptr_bits[] = {1}, wrap_bits[] = {0xd};  // {s string; err error}: words 0, 2, 3

static const GoType error_type = {
	.size = 16, .ptrdata = 16, .gcbits = (const uint8_t[]){3}, .hash = 0x6572726f, .kind = KIND_INTERFACE,
	.align = 8, .named = 1, .str = GOSTR_LIT("error"), .len = 1, .methods = error_methods, .nmethods = 1,
};
static const GoType string_type = {
	.size = 16, .ptrdata = 8, .gcbits = ptr_bits, .hash = 0x73747269, .kind = KIND_STRING, .align = 8,
	.str = GOSTR_LIT("string"),
};

static const GoField errorString_fields[] = {{GOSTR_LIT("s"), &string_type, 0, 0}};
static const GoType errorString_type = {
	.size = 16, .ptrdata = 8, .gcbits = ptr_bits, .hash = 0x65727253, .kind = KIND_STRUCT, .align = 8,
	.named = 1, .str = GOSTR_LIT("errors.errorString"), .len = 1, .fields = errorString_fields,
};
static const GoType errorString_ptr = {
	.size = 8, .ptrdata = 8, .gcbits = ptr_bits, .hash = 0x2a657272, .kind = KIND_PTR, .align = 8,
	.str = GOSTR_LIT("*errors.errorString"), .elem = &errorString_type, .methods = error_methods,
	.nmethods = 1,
};

static const GoField wrapError_fields[] = {
	{GOSTR_LIT("msg"), &string_type, 0, 0},
	{GOSTR_LIT("err"), &error_type, 16, 0},
};
static const GoType wrapError_type = {
	.size = 32, .ptrdata = 32, .gcbits = wrap_bits, .hash = 0x77726170, .kind = KIND_STRUCT, .align = 8,
	.named = 1, .str = GOSTR_LIT("fmt.wrapError"), .len = 2, .fields = wrapError_fields,
};
static const GoType wrapError_ptr = {
	.size = 8, .ptrdata = 8, .gcbits = ptr_bits, .hash = 0x2a777261, .kind = KIND_PTR, .align = 8,
	.str = GOSTR_LIT("*fmt.wrapError"), .elem = &wrapError_type, .methods = wrapError_methods,
	.nmethods = 2,
};

// Itabs of the two error types for the error interface (one method).
typedef struct ErrorItab {
	const GoType *type, *inter;
	void *fun[1];
} ErrorItab;

static const ErrorItab errorString_itab = {&errorString_ptr, &error_type, {(void *)runtime_errorString_Error}};
static const ErrorItab wrapError_itab = {&wrapError_ptr, &error_type, {(void *)runtime_errorString_Error}};

void errors_New(GoIface *dst, const GoString *text) {
	GoString *e = runtime_new(sizeof(GoString), &errorString_type);
	*e = *text;
	*dst = (GoIface){(const GoItab *)&errorString_itab, e};
}

void fmt_Errorf(GoIface *dst, const GoString *format, const GoSlice *args) {
	Fmt f = {0};
	f.wrap_errs = true;
	fmt_do_printf(&f, format, args);
	GoString msg = buf_to_gostring(&f.buf);
	buf_free(&f.buf);
	const GoEface *w = &f.wrapped;
	if (!w->type) {
		errors_New(dst, &msg);
		return;
	}
	struct {
		GoString msg;
		GoIface err;
	} *e = runtime_new(sizeof *e, &wrapError_type);
	e->msg = msg;
	e->err = (GoIface){runtime_getitab(&error_type, w->type, false), w->data};
	*dst = (GoIface){(const GoItab *)&wrapError_itab, e};
}
