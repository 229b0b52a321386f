// test_codegen.c - codegen properties checked on the assembly text of
// small programs run through parse, check, escape analysis and codegen.
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include "../../codegen/codegen.h"
#include "../../escape/escape.h"
#include "../../frontend/frontend.h"

// Compiles src and returns the assembly (NULL on front-end errors).
static char *compile(const char *src) {
	types_init();
	int fi = diag_add_file("t.go", src, strlen(src));
	File *f = parse_file(fi);
	cr_assert_eq(diag_count(), 0, "syntax errors");
	Program *p = check_program(&f, 1);
	cr_assert_eq(diag_count(), 0, "type errors");
	EscapeOptions eo = {.m_level = 0, .out = stderr};
	escape_analyze(p, &eo);
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	codegen_program(p, out);
	fclose(out);
	cr_assert_eq(diag_count(), 0, "codegen errors");
	return buf;
}

// The text of function sym (from its label to its .size directive).
static char *function_text(const char *asm_text, const char *sym) {
	char *label = malloc(strlen(sym) + 3);
	sprintf(label, "\n%s:", sym);
	const char *start = strstr(asm_text, label);
	cr_assert_not_null(start, "function %s not found", sym);
	const char *end = strstr(start, "\t.size");
	cr_assert_not_null(end);
	free(label);
	return strndup(start, (size_t)(end - start));
}

Test(codegen, hello_world_calls_fmt) {
	char *s = compile("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hello\") }\n");
	cr_assert(strstr(s, "call fmt_Println"));
	cr_assert(strstr(s, "main..init:"));
	cr_assert(strstr(s, ".section .note.GNU-stack"));
}

Test(codegen, non_escaping_allocations_stay_on_the_stack) {
	char *s = compile("package main\n"
	                  "type T struct{ a, b int }\n"
	                  "func f() int {\n"
	                  "\tp := new(T)\n"
	                  "\tq := &T{1, 2}\n"
	                  "\tx := make([]int, 8)\n"
	                  "\treturn p.a + q.b + x[3]\n"
	                  "}\n"
	                  "func main() { println(f()) }\n");
	char *f = function_text(s, "main.f");
	cr_assert_null(strstr(f, "call runtime_new"), "non-escaping allocation went to the heap:\n%s", f);
	cr_assert_null(strstr(f, "call runtime_makeslice"));
	cr_assert(strstr(f, "-> stack"));
}

Test(codegen, escaping_allocation_calls_runtime_new_with_comment) {
	char *s = compile("package main\n"
	                  "type T struct{ a int }\n"
	                  "func f() *T { return &T{1} }\n"
	                  "func main() { println(f().a) }\n");
	char *f = function_text(s, "main.f");
	cr_assert(strstr(f, "call runtime_new"));
	cr_assert(strstr(f, "-> heap"));
}

Test(codegen, frame_map_and_line_comments) {
	char *s = compile("package main\n"
	                  "func add(a, b int) int {\n"
	                  "\tc := a + b\n"
	                  "\treturn c\n"
	                  "}\n"
	                  "func main() { println(add(1, 2)) }\n");
	cr_assert(strstr(s, "# frame:"));
	cr_assert(strstr(s, "c int"), "frame map lists the local c");
	cr_assert(strstr(s, "# LINE 3: c := a + b"));
	cr_assert(strstr(s, ".loc 1 3"));
}

Test(codegen, moved_to_heap_variable_is_a_pointer_slot) {
	char *s = compile("package main\n"
	                  "func f() *int {\n"
	                  "\tx := 42\n"
	                  "\treturn &x\n"
	                  "}\n"
	                  "func main() { println(*f()) }\n");
	cr_assert(strstr(s, "x (pointer to heap block)"));
}

Test(codegen, division_checks_zero_and_minus_one) {
	char *s = compile("package main\n"
	                  "func div(a, b int) int { return a / b }\n"
	                  "func main() { println(div(7, 2)) }\n");
	char *f = function_text(s, "main.div");
	cr_assert(strstr(f, "call runtime_panicdivide"));
	cr_assert(strstr(f, "cmp $-1"));
}

Test(codegen, unsupported_construct_is_reported) {
	types_init();
	const char *src = "package main\ntype I interface{ M() }\nfunc main() { var i I; f := i.M; _ = f }\n";
	int fi = diag_add_file("u.go", src, strlen(src));
	File *f = parse_file(fi);
	Program *p = check_program(&f, 1);
	cr_assert_eq(diag_count(), 0);
	EscapeOptions eo = {.m_level = 0, .out = stderr};
	escape_analyze(p, &eo);
	FILE *out = fopen("/dev/null", "w");
	codegen_program(p, out);
	fclose(out);
	cr_assert_gt(diag_count(), 0, "codegen must reject what it cannot compile");
}
