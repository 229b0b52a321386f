// test_rt_panic.c - panic message texts (bounds errors, panic(v) values)
// and println's float format; the dying functions exit with status 2.
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include "rt_test_main.h"
#include "rt_types.h"
#include "rt.h"

static void check_buf(RtBuf *b, const char *want) {
	buf_byte(b, 0);
	cr_assert_str_eq(b->p, want);
	buf_free(b);
}

static void check_bounds(int which, int64_t x, int64_t y, bool xu, const char *want) {
	RtBuf b = {0};
	rt_format_bounds(&b, which, x, y, xu);
	check_buf(&b, want);
}

Test(panic, bounds_messages)
{
	check_bounds(BOUNDS_INDEX, 5, 3, false, "index out of range [5] with length 3");
	check_bounds(BOUNDS_INDEX, -1, 3, false, "index out of range [-1]");
	check_bounds(BOUNDS_INDEX, INT64_MIN, 2, true, "index out of range [9223372036854775808] with length 2");
	check_bounds(SLICE_ACAP, 7, 5, false, "slice bounds out of range [:7] with capacity 5");
	check_bounds(SLICE_ALEN, 9, 5, false, "slice bounds out of range [:9] with length 5");
	check_bounds(SLICE_B, 4, 2, false, "slice bounds out of range [4:2]");
	check_bounds(SLICE_B, -1, 3, false, "slice bounds out of range [-1:]");
	check_bounds(SLICE3_ACAP, 9, 5, false, "slice bounds out of range [::9] with capacity 5");
	check_bounds(SLICE3_ALEN, 9, 5, false, "slice bounds out of range [::9] with length 5");
	check_bounds(SLICE3_B, 4, 3, false, "slice bounds out of range [:4:3]");
	check_bounds(SLICE3_B, -2, 4, false, "slice bounds out of range [:-2:]");
	check_bounds(SLICE3_C, 3, 2, false, "slice bounds out of range [3:2:]");
	check_bounds(SLICE3_C, -3, 2, false, "slice bounds out of range [-3::]");
}

static void check_value(GoEface v, const char *want) {
	RtBuf b = {0};
	rt_format_panic_value(&b, &v);
	check_buf(&b, want);
}

__asm__(".text\n"
        "test_E_Error:\n"
        "	leaq test_E_text(%rip), %rax\n"
        "	movq %rax, 16(%rsp)\n"
        "	movq $8, 24(%rsp)\n"
        "	ret\n"
        "	.section .rodata\n"
        "test_E_text: .ascii \"bad line\"\n"
        "	.text\n");
void test_E_Error(void);

Test(panic, value_formats)
{
	static const GoType t_named_string = {.size = 16, .kind = KIND_STRING, .align = 8, .named = 1,
	                                      .str = GS("main.N")};
	static const GoType t_named_float = {.size = 8, .kind = KIND_FLOAT64, .align = 8, .named = 1,
	                                     .str = GS("main.F")};
	static const GoType t_named_bool = {.size = 1, .kind = KIND_BOOL, .align = 1, .named = 1, .str = GS("main.B")};
	static const GoMethod e_methods[] = {{GS("Error"), (void *)test_E_Error}};
	static const GoType t_err = {.size = 8, .kind = KIND_INT, .align = 8, .named = 1, .str = GS("main.E"),
	                             .methods = e_methods, .nmethods = 1};
	check_value(BOXS("boom"), "boom");
	check_value(BOXV(t_int, int64_t, 42), "42");
	check_value(BOXV(t_uint8, uint8_t, 7), "7");
	check_value(BOXV(t_myint, int64_t, 42), "main.MyInt(42)");
	check_value(box(&t_named_string, &GS("hi")), "main.N(\"hi\")");
	check_value(BOXV(t_named_bool, bool, false), "main.B(false)");
	check_value(BOXV(t_float64, double, 1.5), "+1.500000e+000");
	check_value(BOXV(t_named_float, double, 2.5), "main.F(+2.500000e+000)");
	check_value(BOXV(t_bool, bool, true), "true");
	check_value((GoEface){NULL, NULL}, "nil");
	check_value(BOXV(t_err, int64_t, 3), "bad line");
	int64_t pt[2] = {1, 2};
	GoEface s = box(&t_point, pt);
	RtBuf b = {0};
	rt_format_panic_value(&b, &s);
	buf_byte(&b, 0);
	cr_assert(strncmp(b.p, "(main.Point) 0x", 15) == 0, "%s", b.p);
	buf_free(&b);
}

static void check_float(double v, const char *want) {
	RtBuf b = {0};
	rt_format_float_print(&b, v);
	check_buf(&b, want);
}

Test(print, float_format)
{
	check_float(1.5, "+1.500000e+000");
	check_float(-0.0, "-0.000000e+000");
	check_float(0.0, "+0.000000e+000");
	check_float(0.1, "+1.000000e-001");
	check_float((float)0.1, "+1.000000e-001");
	check_float(9.9999999, "+1.000000e+001");
	check_float(2.5e-310, "+2.500000e-310");
	check_float(123456.75, "+1.234567e+005");
	check_float(NAN, "NaN");
	check_float(INFINITY, "+Inf");
	check_float(-INFINITY, "-Inf");
}

Test(panic, index_dies, .exit_code = 2) { runtime_panicindex(5, 3); }
Test(panic, slice_dies, .exit_code = 2) { runtime_panicslice(SLICE_ACAP, 9, 8, false); }
Test(panic, divide_dies, .exit_code = 2) { runtime_panicdivide(); }
Test(panic, nil_dies, .exit_code = 2) { runtime_panicnil(); }
Test(panic, gopanic_dies, .exit_code = 2) {
	GoEface v = BOXS("boom");
	runtime_gopanic(&v);
}
Test(panic, dottype_dies, .exit_code = 2) { runtime_panicdottype(&t_string, &t_int, &t_eface); }
Test(panic, fault_dies, .exit_code = 2)
{
	static volatile uintptr_t low = 8;  // a field offset from a nil base
	rt_install_signals();
	*(volatile int *)low = 1;
}
Test(exit, exit_code, .exit_code = 3) { rt_exit(3); }  // syscall.Exit (os.Exit)

Test(panic, sliceconvert_dies, .exit_code = 2) { runtime_panicsliceconvert(2, 3); }

// rt_call_recovering: a run-time error inside the callee stops there and
// comes back as its runtime.Error value; a normal return recovers nothing.
static void index_fault(void *arg) { runtime_panicindex(*(intptr_t *)arg, 3); }
static void no_fault(void *arg) { *(intptr_t *)arg = 7; }

Test(panic, call_recovering)
{
	intptr_t i = 5;
	RtRecovery r;
	cr_assert(rt_call_recovering(index_fault, &i, &r));
	cr_assert(r.recovered && r.value.type);
	const GoString *ts = &r.value.type->str;
	cr_assert(ts->len == 19 && memcmp(ts->ptr, "runtime.boundsError", 19) == 0);
	RtBuf b = {0};
	rt_format_panic_value(&b, &r.value);
	check_buf(&b, "runtime error: index out of range [5] with length 3");
	cr_assert(!rt_call_recovering(no_fault, &i, &r));
	cr_assert(!r.recovered && i == 7);
}
