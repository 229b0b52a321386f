// test_codegen.c - codegen properties checked on the assembly text of
// small programs run through parse, check, escape analysis and codegen.
#include "back_test.h"

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

// The cheap forms of operations on constants and plain variables.
// The tree walker's operands (operand.c); a goto keeps f out of the
// SSA back end's subset (ssa/build.c), test_ssa.c has its version.
Test(codegen, constants_and_variables_are_used_in_place) {
	char *s = compile("package main\n"
	                  "func f(i int, u uint) int {\n"
	                  "\tgoto start\n"
	                  "start:\n"
	                  "\tx := i*8 + (i >> 3) + i*7\n"
	                  "\tx++\n"
	                  "\tx += i\n"
	                  "\tif x < 16 {\n"
	                  "\t\tx = 2\n"
	                  "\t}\n"
	                  "\treturn x + int(u/4) + i%3\n"
	                  "}\n"
	                  "func main() { println(f(5, 9)) }\n");
	char *f = function_text(s, "main.f");
	assert_cheap_forms(f, "%rax");
	cr_assert(strstr(f, "imul $7, %rax, %rax"), "multiplication by a constant:\n%s", f);
	cr_assert(strstr(f, "addq $1, -8(%rbp)  # x"), "x++ in place:\n%s", f);
	cr_assert(strstr(f, "add %rax, -8(%rbp)  # x") || strstr(f, "add %rdx, -8(%rbp)  # x"), "x += i in place:\n%s", f);
	cr_assert(strstr(f, "movq $2, -8(%rbp)  # x"), "constant stored as an immediate:\n%s", f);
	cr_assert_null(strstr(f, "lea -8(%rbp), %rax"), "no lea/mov pair for a plain variable:\n%s", f);
}

Test(codegen, constant_array_index_has_no_bounds_check) {
	char *s = compile("package main\n"
	                  "func f(i int) int {\n"
	                  "\tvar a [4]int\n"
	                  "\ta[2] = i\n"
	                  "\treturn a[2]\n"
	                  "}\n"
	                  // a goto keeps g in the tree walker (not in ssa/'s subset yet)
	                  "func g(a []int, i int) int { goto end\nend:\n\treturn a[i] }\n"
	                  "func main() { println(f(1), g([]int{1}, 0)) }\n");
	cr_assert_null(strstr(function_text(s, "main.f"), "runtime_panicindex"));
	char *g = function_text(s, "main.g");
	cr_assert(strstr(g, "runtime_panicindex"), "a variable index is checked:\n%s", g);
	cr_assert(strstr(g, "cmp 24(%rbp), %rcx"), "the length is compared in place:\n%s", g);
}

Test(codegen, spread_call_into_variadic_and_interface_methods) {
	char *s = compile("package main\n"
	                  "type I interface{ M(int) int }\n"
	                  "type T int\n"
	                  "func (t T) M(k int) int { return int(t) * k }\n"
	                  "func two() (int, int) { return 1, 2 }\n"
	                  "func sum(xs ...int) int { return len(xs) }\n"
	                  "func main() {\n"
	                  "\tvar i I = T(3)\n"
	                  "\tf := i.M\n"
	                  "\tg := I.M\n"
	                  "\tprintln(sum(two()), f(2), g(i, 4))\n"
	                  "}\n");
	cr_assert(strstr(s, "main.I..imv.M:"), "method value thunk");
	cr_assert(strstr(s, "main.I..imexpr.M..f:"), "method expression closure");
	cr_assert(strstr(function_text(s, "main.main"), "# ... argument two()"), "the results packed into a slice");
}

Test(codegen, complex_arithmetic) {
	char *s = compile("package main\n"
	                  "func f(a, b complex128) (complex128, float64, bool) {\n"
	                  "\tc := a*b + complex(1, 2) - a/b\n"
	                  "\treturn -c, real(c) + imag(c), a == b\n"
	                  "}\n"
	                  "func main() { x, y, z := f(1, 2i); println(x, y, z, 1+2i) }\n");
	char *f = function_text(s, "main.f");
	cr_assert(strstr(f, "call runtime_complex128div"), "complex division is Go's runtime routine");
	cr_assert(strstr(function_text(s, "main.main"), "call runtime_printcomplex"));
	cr_assert(strstr(f, "mulsd %xmm2, %xmm4  # ac"), "complex product:\n%s", f);
	cr_assert(strstr(f, "subsd %xmm2, %xmm0"));
	cr_assert(strstr(f, "ucomisd %xmm3, %xmm1"), "complex equality compares both parts");
}
