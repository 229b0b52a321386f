// fmt_print.c - fmt's entry points: Print/Println/Printf, their Sprint
// and Fprint forms. Print separates operands with a space only when
// neither is a string; Println always does and ends the line.
#include "fmt.h"

static void do_print(Fmt *f, const GoSlice *args) {
	const GoEface *a = args->ptr;
	bool prev_string = false;
	for (intptr_t i = 0; i < args->len; i++) {
		bool is_string = a[i].type && a[i].type->kind == KIND_STRING;
		if (i > 0 && !is_string && !prev_string)
			buf_byte(&f->buf, ' ');
		fmt_print_arg(f, &a[i], 'v');
		prev_string = is_string;
	}
}

static void do_println(Fmt *f, const GoSlice *args) {
	const GoEface *a = args->ptr;
	for (intptr_t i = 0; i < args->len; i++) {
		if (i > 0)
			buf_byte(&f->buf, ' ');
		fmt_print_arg(f, &a[i], 'v');
	}
	buf_byte(&f->buf, '\n');
}

// Writes the finished output to fd 1 or 2 and returns its length.
static intptr_t emit(Fmt *f, int fd) {
	intptr_t n = (intptr_t)f->buf.len;
	if (fd == 2)
		rt_stderr_write(f->buf.p, f->buf.len);
	else
		rt_stdout_write(f->buf.p, f->buf.len);
	buf_free(&f->buf);
	return n;
}

static GoString finish(Fmt *f) {
	GoString s = buf_to_gostring(&f->buf);
	buf_free(&f->buf);
	return s;
}

intptr_t fmt_Println(const GoSlice *args) {
	Fmt f = {0};
	do_println(&f, args);
	return emit(&f, 1);
}

intptr_t fmt_Print(const GoSlice *args) {
	Fmt f = {0};
	do_print(&f, args);
	return emit(&f, 1);
}

intptr_t fmt_Printf(const GoString *format, const GoSlice *args) {
	Fmt f = {0};
	fmt_do_printf(&f, format, args);
	return emit(&f, 1);
}

void fmt_Sprintf(GoString *dst, const GoString *format, const GoSlice *args) {
	Fmt f = {0};
	fmt_do_printf(&f, format, args);
	*dst = finish(&f);
}

void fmt_Sprint(GoString *dst, const GoSlice *args) {
	Fmt f = {0};
	do_print(&f, args);
	*dst = finish(&f);
}

void fmt_Sprintln(GoString *dst, const GoSlice *args) {
	Fmt f = {0};
	do_println(&f, args);
	*dst = finish(&f);
}

// Writes the finished output to w through its Write method, as Fprint
// does (os.Stdout's writes the descriptor, after the runtime's buffered
// stdout). (The checker types fmt's writer parameter as any: w is an
// empty interface.)
static intptr_t emit_to(Fmt *f, const GoEface *w) {
	void *write = w->type ? type_method(w->type, "Write") : NULL;
	if (!write)
		rt_fatal("fmt.Fprint: the writer has no Write method");
	GoString s = finish(f);
	// receiver word, p []byte, then the results n int and err error
	uintptr_t frame[7] = {(uintptr_t)w->data, (uintptr_t)s.ptr, (uintptr_t)s.len, (uintptr_t)s.len};
	runtime_call_go(write, frame, sizeof frame, NULL);
	return (intptr_t)frame[4];
}

intptr_t fmt_Fprintln(const GoEface *w, const GoSlice *args) {
	Fmt f = {0};
	do_println(&f, args);
	return emit_to(&f, w);
}

intptr_t fmt_Fprint(const GoEface *w, const GoSlice *args) {
	Fmt f = {0};
	do_print(&f, args);
	return emit_to(&f, w);
}

intptr_t fmt_Fprintf(const GoEface *w, const GoString *format, const GoSlice *args) {
	Fmt f = {0};
	fmt_do_printf(&f, format, args);
	return emit_to(&f, w);
}
