// test_check.c - the type checker on small programs: Go's error messages
// and positions, and the facts later stages rely on (rewrites, captures,
// names, initialisation order).
#include <stdlib.h>
#include "front_test.h"

// Checks src; returns the checked program and, in *errors, what diag
// printed ("" when there were no errors).
static Program *check_src(const char *src, char **errors) {
	Program *p = check_source("t.go", src);
	*errors = flushed_diags();
	return p;
}

static void expect_first_error(const char *body, const char *want) {
	char *src = malloc(strlen(body) + 64);
	sprintf(src, "package main\n\n%s", body);
	char *errs;
	check_src(src, &errs);
	char *nl = strchr(errs, '\n');
	if (nl)
		*nl = 0;
	cr_assert_str_eq(errs, want);
}

static Program *check_ok(const char *src) {
	char *errs;
	Program *p = check_src(src, &errs);
	cr_assert_str_eq(errs, "", "unexpected errors:\n%s", errs);
	return p;
}

// One program per test (front_test.h says why).
#define ERROR_TEST(name, body, want) \
	Test(check_errors, name) { expect_first_error(body, want); }

ERROR_TEST(undefined_name, "func main() {\n\tx := y\n}\n", "t.go:4:7: undefined: y")
ERROR_TEST(unused_variable, "func main() {\n\tx := 1\n}\n", "t.go:4:2: x declared but not used")
ERROR_TEST(unused_import, "import \"fmt\"\n\nfunc main() {}\n", "t.go:3:8: imported and not used: \"fmt\"")
ERROR_TEST(const_overflow, "func main() {\n\tvar a int8 = 300\n\t_ = a\n}\n",
	                   "t.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)")
ERROR_TEST(division_by_zero, "func main() {\n\t_ = 1 / 0\n}\n", "t.go:4:10: invalid operation: division by zero")
ERROR_TEST(typed_const_overflow, "const c int8 = 100\n\nfunc main() {\n\t_ = c * 3\n}\n",
	                   "t.go:6:6: c * 3 (constant 300 of type int8) overflows int8")
ERROR_TEST(assign_to_const, "const Limit = 10\n\nfunc main() {\n\tLimit = 20\n}\n",
	                   "t.go:6:2: cannot assign to Limit (untyped int constant 10)")
ERROR_TEST(mismatched_types, "func main() {\n\tx, y := 1, 2.5\n\t_ = x * y\n}\n",
	                   "t.go:5:6: invalid operation: x * y (mismatched types int and float64)")
ERROR_TEST(assign_mismatch, "func main() {\n\tvar s string\n\ts = 5\n\t_ = s\n}\n",
	                   "t.go:5:6: cannot use 5 (untyped int constant) as string value in assignment")
ERROR_TEST(no_new_variables, "func main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n", "t.go:5:4: no new variables on left side of :=")
ERROR_TEST(non_boolean_condition, "func main() {\n\tif 1 {\n\t}\n}\n", "t.go:4:5: non-boolean condition in if statement")
ERROR_TEST(not_enough_arguments, "func f(a, b int) int { return a }\n\nfunc main() {\n\t_ = f(1)\n}\n",
	                   "t.go:6:8: not enough arguments in call to f")
ERROR_TEST(not_enough_return_values, "func f() (int, int) {\n\treturn 1\n}\n\nfunc main() { f() }\n",
	                   "t.go:4:9: not enough return values")
ERROR_TEST(missing_return, "func f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() { f() }\n", "t.go:7:1: missing return")
ERROR_TEST(call_non_function, "func main() {\n\tn := 1\n\tn()\n}\n",
	                   "t.go:5:2: invalid operation: cannot call non-function n (variable of type int)")
ERROR_TEST(pointer_receiver, "type I interface{ M() }\ntype T struct{}\n\nfunc (t *T) M() {}\n\nfunc main() {\n\tvar i I = T{}\n\t_ = i\n}\n",
	                   "t.go:9:12: cannot use T{} (value of type T) as type I in variable declaration:")
ERROR_TEST(unknown_member, "type P struct{ X int }\n\nfunc main() {\n\tp := P{}\n\t_ = p.Z\n}\n",
	                   "t.go:7:8: p.Z undefined (type P has no field or method Z)")
ERROR_TEST(unknown_literal_field, "type C struct{ Host string }\n\nfunc main() {\n\t_ = C{Port: 1}\n}\n",
	                   "t.go:6:8: unknown field 'Port' in struct literal of type C")
ERROR_TEST(redeclared, "func area() {}\nfunc area() {}\n\nfunc main() {}\n", "t.go:4:6: area redeclared in this block")
ERROR_TEST(break_outside_loop, "func main() {\n\tbreak\n}\n", "t.go:4:2: break is not in a loop, switch, or select")
ERROR_TEST(range_over_int, "func main() {\n\tfor range 10 {\n\t}\n}\n", "t.go:4:12: cannot range over 10 (untyped int constant)")
ERROR_TEST(undefined_label, "func main() {\n\tgoto L\n}\n", "t.go:4:7: label L not defined")
// complex numbers, in types2's words
ERROR_TEST(complex_lost_imaginary_part, "var f float64 = 1 + 2i\n",
           "t.go:3:17: cannot use 1 + 2i (untyped complex constant (1 + 2i)) as float64 value in variable declaration (overflows)")
ERROR_TEST(complex_constant_overflows_complex64, "var c complex64 = 1e300i\n",
           "t.go:3:19: cannot use 1e300i (untyped complex constant (0 + 1e+300i)) as complex64 value in variable declaration (overflows)")
ERROR_TEST(complex_constant_conversion, "const c = 1 + 2i\n\nvar f = float64(c)\n",
           "t.go:5:17: cannot convert c (untyped complex constant (1 + 2i)) to type float64")
ERROR_TEST(complex_division_by_zero, "var z = 1 / (0 + 0i)\n", "t.go:3:13: invalid operation: division by zero")
ERROR_TEST(complex_of_ints, "var n = 5\n\nvar w = complex(n, 2)\n",
           "t.go:5:17: invalid argument: arguments have type int, expected floating-point")
ERROR_TEST(real_of_float, "var f = 1.5\n\nvar r = real(f)\n",
           "t.go:5:14: invalid argument: argument has type float64, expected complex type")
ERROR_TEST(complex_of_complex, "var c = complex(1i, 2)\n",
           "t.go:3:17: invalid operation: complex(1i, 2) (mismatched types untyped complex and untyped float)")
ERROR_TEST(make_negative_len, "var s = make([]int, 1, -2)\n",
           "t.go:3:24: invalid argument: index -2 (constant of type int) must not be negative")
ERROR_TEST(unsafe_slice_negative, "import \"unsafe\"\n\nvar x int\nvar s = unsafe.Slice(&x, -1)\n",
           "t.go:6:26: invalid argument: length -1 (constant of type int) must not be negative")
ERROR_TEST(len_of_two_results, "func f() ([]int, []int) { return nil, nil }\n\nvar n = len(f())\n",
           "t.go:5:9: invalid operation: too many arguments for len(f()) (expected 1, found 2)")
ERROR_TEST(tagless_case_iface, "type I interface{ M() }\n\nfunc main() {\n\tvar i I\n\tswitch {\n\tcase i:\n\t}\n}\n",
           "t.go:8:7: invalid case i in switch on true (mismatched types I and bool)")
ERROR_TEST(complex_remainder, "var c = 2i\n\nvar d = c % c\n",
           "t.go:5:9: invalid operation: operator % not defined on c (variable of type complex128)")
ERROR_TEST(complex_shift, "var s = 1i << 2\n",
           "t.go:3:9: invalid operation: shifted operand 1i (untyped complex constant (0 + 1i)) must be integer")
ERROR_TEST(complex_complement, "var x = ^1i\n",
           "t.go:3:10: invalid operation: operator ^ not defined on 1i (untyped complex constant (0 + 1i))")
ERROR_TEST(complex_array_length, "var a [2i]int\n",
           "t.go:3:8: array length 2i (untyped complex constant (0 + 2i)) must be integer")
ERROR_TEST(float_array_length, "var a [2.5]int\n", "t.go:3:8: array length 2.5 (untyped float constant) must be integer")

// Both products overflow at different columns of one line: Go keeps one.
Test(check_errors, repeated_error_on_a_line_is_reported_once) {
	char *errs;
	check_src("package main\n\nconst big = 1 << 511\n\nvar d = big*2 + big*2\n\nfunc main() { println(d) }\n", &errs);
	cr_assert_str_eq(errs, "t.go:5:12: constant multiplication overflow\n");
}

Test(check_errors, no_crash_on_nonsense) {
	char *errs;
	check_src("package main\n\ntype T struct{ a T }\nvar x = y\nvar y = x\n"
	          "func main() { var t T; _ = t.a.a; _ = x; var m map[string]int; m.f() }\n",
	          &errs);
	cr_assert_neq(strlen(errs), 0);
}

Test(check_facts, closure_names_and_captures) {
	Program *p = check_ok("package main\n\n"
	                      "type T struct{}\n\n"
	                      "func (t *T) m() {}\n\n"
	                      "func f() func() int {\n"
	                      "\ta, b := 1, 2\n"
	                      "\tb++\n"
	                      "\tg := func() int {\n"
	                      "\t\th := func() int { return a + b }\n"
	                      "\t\treturn h()\n"
	                      "\t}\n"
	                      "\treturn g\n"
	                      "}\n\n"
	                      "func main() { f(); var t T; t.m() }\n");
	Func *g = find_func(p, "main.f.func1");
	Func *h = find_func(p, "main.f.func1.1");
	find_func(p, "main.(*T).m");
	cr_assert_eq(h->outer, g);
	cr_assert_eq(h->captures.len, 2);
	cr_assert_eq(g->captures.len, 2, "an intermediate literal captures what its inner literals use");
	Capture *ca = h->captures.data[0], *cb = h->captures.data[1];
	cr_assert_str_eq(ca->var->name, "a");
	cr_assert_not(ca->byref, "a is never reassigned: captured by value");
	cr_assert(cb->byref, "b is reassigned: captured by reference");
}

Test(check_facts, range_variables_and_stored_fields_are_captured_by_reference) {
	Program *p = check_ok("package main\n\n"
	                      "type P struct{ x int }\n\n"
	                      "func main() {\n"
	                      "\tvar fs []func() int\n"
	                      "\tfor i := range []int{1, 2} {\n"
	                      "\t\tfs = append(fs, func() int { return i })\n"
	                      "\t}\n"
	                      "\tp, q := P{}, P{}\n"
	                      "\tg := func() int { return p.x + q.x }\n"
	                      "\tp.x = 2\n"
	                      "\t_, _ = fs, g\n"
	                      "}\n");
	Capture *ci = find_func(p, "main.main.func1")->captures.data[0];
	cr_assert(ci->byref, "range variables are assigned on every iteration");
	Func *g = find_func(p, "main.main.func2");
	Capture *cp = g->captures.data[0], *cq = g->captures.data[1];
	cr_assert_str_eq(cp->var->name, "p");
	cr_assert(cp->byref, "p.x = 2 reassigns p");
	cr_assert_not(cq->byref);
}

Test(check_facts, init_order_follows_dependencies) {
	Program *p = check_ok("package main\n\n"
	                      "var a = c + b\n"
	                      "var b = f()\n"
	                      "var c = f()\n"
	                      "var d = 3\n\n"
	                      "func f() int { d++; return d }\n\n"
	                      "func main() {}\n");
	const char *want[] = {"d", "b", "c", "a"};
	cr_assert_eq(p->init_order.len, 4);
	for (int i = 0; i < 4; i++) {
		Node *n = p->init_order.data[i];
		Node *id = n->kind == ND_VARSPEC ? node_ext(n)->names.data[0] : node_list(n)->data[0];
		cr_assert_str_eq(id->name, want[i]);
	}
}

Test(check_facts, method_call_rewrites) {
	Program *p = check_ok("package main\n\n"
	                      "type T struct{ x int }\n\n"
	                      "func (t *T) inc() { t.x++ }\n\n"
	                      "func main() {\n\tvar t T\n\tt.inc()\n}\n");
	Func *m = find_func(p, "main.main");
	Node *body = node_ext(m->decl)->body;
	Node *call = ((Node *)node_list(body)->data[1])->lhs;
	cr_assert_eq(call->kind, ND_CALL);
	cr_assert_eq(call->lhs->kind, ND_FUNCNAME);
	cr_assert_eq(node_list(call)->len, 1);
	Node *recv = node_list(call)->data[0];
	cr_assert_eq(recv->kind, ND_ADDR, "a pointer method on an addressable value takes its address");
	cr_assert(recv->lhs->obj->addr_taken);
}

Test(check_facts, variadic_packing_and_boxing) {
	Program *p = check_ok("package main\n\nimport \"fmt\"\n\n"
	                      "func sum(xs ...int) int { return len(xs) }\n\n"
	                      "func main() {\n\tfmt.Println(sum(1, 2, 3))\n}\n");
	Func *m = find_func(p, "main.main");
	Node *pr = ((Node *)node_list(node_ext(m->decl)->body)->data[0])->lhs;
	cr_assert_eq(pr->kind, ND_BUILTIN);
	cr_assert_eq(pr->builtin, BI_FMT_PRINTLN);
	Node *pack = node_list(pr)->data[0];
	cr_assert_eq(pack->kind, ND_COMPOSITE);
	Node *boxed = node_list(pack)->data[0];
	cr_assert_eq(boxed->kind, ND_TOIFACE);
	Node *call = boxed->lhs;
	cr_assert_eq(call->kind, ND_CALL);
	Node *xs = node_list(call)->data[0];
	cr_assert_eq(xs->kind, ND_COMPOSITE);
	cr_assert_eq(node_list(xs)->len, 3);
	cr_assert_str_eq(type_string(xs->type, true), "[]int");
}
