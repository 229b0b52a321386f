// test_rt_fmt.c - fmt's verbs, flags, error forms and composite values,
// called from C with hand-built type descriptors. Expected strings are
// real Go 1.19 output for the same operands.
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include "rt.h"
#include "rt_test_main.h"
#include "rt_types.h"

#define I(v) BOXV(t_int, int64_t, v)
#define F(v) BOXV(t_float64, double, v)
#define S(v) BOXS(v)
#define NIL ((GoEface){NULL, NULL})

static void check(const char *want, const char *format, const GoSlice *args) {
	char *got = sprintf_go(format, args);
	cr_assert_str_eq(got, want, "format %s", format);
	free(got);
}

Test(fmt, integers)
{
	check("42|   42|42   |-0042|+42| 42", "%d|%5d|%-5d|%05d|%+d|% d", ARGS(I(42), I(42), I(42), I(-42), I(42), I(42)));
	check("ff|FF|10|010|101|0xff|0b101|0o10", "%x|%X|%o|%#o|%b|%#x|%#b|%O",
	      ARGS(I(255), I(255), I(8), I(8), I(5), I(255), I(5), I(8)));
	check("-00000ff|ff    |0x000000ff|-07|3    |+0003", "%08x|%-6x|%#08x|%03d|%-05d|%+05d",
	      ARGS(I(-255), I(255), I(255), I(-7), I(3), I(3)));
	check("007|    -007||     |", "%.3d|%8.3d|%.0d|%5.0d|", ARGS(I(7), I(-7), I(0), I(0)));
	check("-3 9 200 -5", "%v %v %v %v",
	      ARGS(BOXV(t_int8, int8_t, -3), BOXV(t_uint16, uint16_t, 9), BOXV(t_uint8, uint8_t, 200),
	           BOXV(t_int32, int32_t, -5)));
	check("-1|FFFFFFFFFFFFFFFF|-9223372036854775808", "%x|%X|%v",
	      ARGS(I(-1), BOXV(t_uint, uint64_t, UINT64_MAX), I(INT64_MIN)));
}

Test(fmt, runes)
{
	check("A|\xE4\xB8\x96|U+4E16|U+0078 'x'|'x'|'\xEF\xBF\xBD'", "%c|%c|%U|%#U|%q|%q",
	      ARGS(I(65), I(0x4e16), I(0x4e16), BOXV(t_int32, int32_t, 'x'), BOXV(t_int32, int32_t, 'x'),
	           I(0x110000)));
}

Test(fmt, strings)
{
	check("go|        go|go        |go|    x|\"a\\\"b\\n\\x01\xC3\xA9\"|6869|68 69|0x6869",
	      "%s|%10s|%-10s|%.2s|%5.1s|%q|%x|% X|%#x",
	      ARGS(S("go"), S("go"), S("go"), S("golang"), S("xyz"), S("a\"b\n\x01\xC3\xA9"), S("hi"), S("hi"), S("hi")));
	check("000ab|\"\\u65e5\\u672c\"|`a\\b`|\"a`b\"", "%05s|%+q|%#q|%#q",
	      ARGS(S("ab"), S("\xE6\x97\xA5\xE6\x9C\xAC"), S("a\\b"), S("a`b")));
	check("    ab", "%6.2v", ARGS(S("abcdef")));
}

Test(fmt, bools)
{
	check("true| true|false  |false", "%t|%5t|%-7t|%v",
	      ARGS(BOXV(t_bool, bool, true), BOXV(t_bool, bool, true), BOXV(t_bool, bool, false),
	           BOXV(t_bool, bool, false)));
}

Test(fmt, floats)
{
	check("1e+06|123456|1.234567e+06|1.2e-05|1e+21|-Inf", "%v|%v|%v|%v|%v|%v",
	      ARGS(F(1e6), F(123456), F(1234567), F(0.000012), F(1e21), F(-INFINITY)));
	check("3.141590|1.00|   3.142|2.50    |-003.142|1.234568e+05|1.234568E+05|1.230e-04|1e-07|1E-07|0.667",
	      "%f|%.2f|%8.3f|%-8.2f|%08.3f|%e|%E|%.3e|%g|%G|%.3g",
	      ARGS(F(3.14159), F(1.005), F(3.14159), F(2.5), F(-3.14159), F(123456.789), F(123456.789),
	           F(0.000123), F(1e-7), F(1e-7), F(2.0 / 3)));
	check("0.1|3.14|     3.142| +Inf|NaN| NaN|0|+2.00", "%v|%.3v|%10.4v|%5.1f|%+v|% v|%v|%+.2f",
	      ARGS(BOXV(t_float32, float, 0.1f), F(M_PI), F(M_PI), F(INFINITY), F(NAN), F(NAN), F(0.0), F(2.0)));
	check("100|1e+20|5e-324", "%v|%v|%v", ARGS(F(100), F(1e20), F(5e-324)));
	check("0.3|0.3333333333333333|100.5|1.6777216e+07|2.5e-08", "%v|%v|%v|%v|%v",
	      ARGS(F(0.3), F(1.0 / 3.0), F(100.5), BOXV(t_float32, float, 16777216.0f), F(2.5e-8)));
}

Test(fmt, floats_hex_binary_sharp)
{
	check("0x1.cp+01|0X1.CP+01|-0x1.999999999999ap-04|0x1.99999ap-04|0x0p+00|0x1p-1074",
	      "%x|%X|%x|%x|%x|%x",
	      ARGS(F(3.5), F(3.5), F(-0.1), BOXV(t_float32, float, 0.1f), F(0.0), F(5e-324)));
	check("0x1p+01|0x1p+01|0x1.0p+01|0x1.555p-02|0x1.55555555555550000000p-02|0000x1p+00",
	      "%.0x|%.0x|%.1x|%.3x|%.20x|%010x",
	      ARGS(F(1.5), F(2.5), F(1.96875), F(1.0 / 3), F(1.0 / 3), F(1.0)));
	check("0p-1074|-4503599627370496p-52|1p-1074|-10485760p-22|+Inf", "%b|%b|%b|%b|%x",
	      ARGS(F(0.0), F(-1.0), F(5e-324), BOXV(t_float32, float, -2.5f), F(INFINITY)));
	check("0X1.P+00|0x0.0000p+00|0.00000|1.|100000.|1.00000e-07|0x1.000p+00|1.500000E+00",
	      "%#X|%#x|%#g|%#.0g|%#g|%#g|%#.3x|%#E",
	      ARGS(F(1.0), F(0.0), F(0.0), F(1.0), F(100000.0), F(1e-7), F(1.0), F(1.5)));
	check("0.|2.00e+00|      1.00|0003.00000|1.e+10|0.10|NaN", "%#.0f|%#.2e|%#10.3g|%#010g|%#.1g|%#.2g|%#g",
	      ARGS(F(0.0), F(2.0), F(1.0), F(3.0), F(1e10), F(0.1), F(NAN)));
}

Test(fmt, quote_printable_runes)
{
	// U+0378 is unassigned, U+0600 a format character, U+E0001 a tag: escaped.
	check("'\\u0378'|\"\\u0600\\u00ad\xCE\x86\"|\"\\U000e0001\xF0\x9F\x98\x80\"|'a'|U+0378|U+00E9 '\xC3\xA9'",
	      "%q|%q|%q|%#q|%#U|%#U",
	      ARGS(BOXV(t_int32, int32_t, 0x378), S("\xD8\x80\xC2\xAD\xCE\x86"), S("\xF3\xA0\x80\x81\xF0\x9F\x98\x80"),
	           BOXV(t_int32, int32_t, 'a'), I(0x378), I(0xE9)));
}

Test(fmt, structs_and_pointers)
{
	int64_t pt[2] = {1, 2}, pt2[2] = {3, 4}, pt3[2] = {5, 6};
	void *pp = pt;
	check("{1 2}|{X:1 Y:2}|{3 4}|{%!s(int=5) %!s(int=6)}|&{1 2}|&{X:1 Y:2}", "%v|%+v|%d|%s|%v|%+v",
	      ARGS(box(&t_point, pt), box(&t_point, pt), box(&t_point, pt2), box(&t_point, pt3),
	           box(&t_pointptr, &pp), box(&t_pointptr, &pp)));
	struct {
		GoString name;
		void *p;
		GoEface any;
	} item1 = {GS("n"), NULL, {NULL, NULL}}, item2 = {GS("m"), NULL, I(7)};
	check("{n <nil> <nil>}|{Name:m P:<nil> Any:7}", "%v|%+v", ARGS(box(&t_item, &item1), box(&t_item, &item2)));
	check("main.Point{X:1, Y:2}|&main.Point{X:1, Y:2}", "%#v|%#v", ARGS(box(&t_point, pt), box(&t_pointptr, &pp)));
	check("main.Item{Name:\"n\", P:(*main.Point)(nil), Any:interface {}(nil)}", "%#v", ARGS(box(&t_item, &item1)));
}

Test(fmt, slices_arrays_maps)
{
	int64_t ints[] = {10, 11};
	GoSlice is = {ints, 2, 2}, ss = {(GoString[]){GS("x"), GS("y")}, 2, 2}, bs = {(uint8_t *)"hi", 2, 2};
	int64_t arr[2] = {3, 4};
	check("[10 11]|[10 11]|[a b]|[\"x\" \"y\"]|[104 105]|hi|6869|[3 4]", "%v|%d|%x|%q|%v|%s|%x|%v",
	      ARGS(box(&t_intslice, &is), box(&t_intslice, &is), box(&t_intslice, &is), box(&t_stringslice, &ss),
	           box(&t_byteslice, &bs), box(&t_byteslice, &bs), box(&t_byteslice, &bs), box(&t_int2, arr)));
	int64_t twelve[] = {1, 2}, seven[] = {7, 8}, pt[2] = {1, 2};
	GoSlice a = {twelve, 2, 2}, b = {seven, 2, 2}, nils = {0};
	check("[[    1     2]] [{1    2   }] [[007 008]]", "[%5v] [%-4v] [%03d]",
	      ARGS(box(&t_intslice, &a), box(&t_point, pt), box(&t_intslice, &b)));
	check("[]int{1, 2}|[]int(nil)", "%#v|%#v", ARGS(box(&t_intslice, &a), box(&t_intslice, &nils)));

	GoMap *m = runtime_makemap(&t_map_string_int, 0), *mi = runtime_makemap(&t_map_int_int, 0), *nilm = NULL;
	const char *keys[] = {"b", "a", "c"};
	for (int i = 0; i < 3; i++) {
		GoString k = {(const uint8_t *)keys[i], 1};
		*(int64_t *)runtime_mapassign(&t_map_string_int, m, &k) = keys[i][0] - 'a' + 1;
	}
	int64_t k3 = 3, km1 = -1;
	*(int64_t *)runtime_mapassign(&t_map_int_int, mi, &k3) = 1;
	*(int64_t *)runtime_mapassign(&t_map_int_int, mi, &km1) = 2;
	check("map[a:1 b:2 c:3]|map[-1:2 3:1]|map[]", "%v|%v|%v",
	      ARGS(box(&t_map_string_int, &m), box(&t_map_int_int, &mi), box(&t_map_string_int, &nilm)));
	GoMap *one = runtime_makemap(&t_map_string_int, 0);
	GoString ka = GS("a");
	*(int64_t *)runtime_mapassign(&t_map_string_int, one, &ka) = 1;
	check("map[string]int{\"a\":1}", "%#v", ARGS(box(&t_map_string_int, &one)));
}

Test(fmt, types_and_nil)
{
	int64_t pt[2] = {1, 2};
	void *pp = pt;
	check("5|6|<nil>|%!s(<nil>)|int|string|*main.Point|<nil>", "%v|%d|%v|%s|%T|%T|%T|%T",
	      ARGS(BOXV(t_myint, int64_t, 5), BOXV(t_myint, int64_t, 6), NIL, NIL, I(1), S("s"),
	           box(&t_pointptr, &pp), NIL));
}

Test(fmt, error_forms)
{
	check("%!!(int=5)|%!z(string=hi)|42|%!s(int=1)|%!t(MISSING)", "%!|%z|%d|%s|%t", ARGS(I(5), S("hi"), I(42), I(1)));
	check("1 %!d(MISSING)", "%d %d", ARGS(I(1)));
	check("1\n%!(EXTRA int=2, string=x)", "%d\n", ARGS(I(1), I(2), S("x")));
	check("%!(NOVERB)", "%", &(GoSlice){0});
	check("    1|2    |3.14|%!(BADWIDTH)4", "%*d|%-*d|%.*f|%*d", ARGS(I(5), I(1), I(5), I(2), I(2), F(3.14159), S("x"), I(4)));
	check("2 1|%!d(BADINDEX)", "%[2]d %[1]d|%[3]d", ARGS(I(1), I(2)));
	int64_t pt[2] = {1, 2};
	GoSlice sa = {(GoString[]){GS("a")}, 1, 1};
	check("%!f(int=03)|[%!d(string=a)]|{%!s(int=1) %!s(int=2)}", "%.2f|%d|%s",
	      ARGS(I(3), box(&t_stringslice, &sa), box(&t_point, pt)));
	check("100%", "%d%%", ARGS(I(100)));
}

Test(fmt, sprint_and_sprintln)
{
	int64_t pt[2] = {1, 2};
	void *pp = pt;
	GoString out;
	fmt_Sprint(&out, ARGS(S("a"), I(1), I(2), S("b"), S("c"), F(3.5), BOXV(t_bool, bool, true), NIL, box(&t_pointptr, &pp)));
	cr_assert(out.len == 27 && memcmp(out.ptr, "a1 2bc3.5 true <nil> &{1 2}", 27) == 0);
	fmt_Sprintln(&out, ARGS(S("x"), I(1), BOXV(t_bool, bool, true), BOXV(t_int32, int32_t, 'c'), S(""), box(&t_pointptr, &pp)));
	cr_assert(out.len == 20 && memcmp(out.ptr, "x 1 true 99  &{1 2}\n", 20) == 0);
}

// func (S) String() string { return "S!" } in the Go convention, and a
// named struct type listing it.
__asm__(".text\n"
        "test_S_String:\n"
        "	leaq test_S_text(%rip), %rax\n"
        "	movq %rax, 16(%rsp)\n"
        "	movq $2, 24(%rsp)\n"
        "	ret\n"
        "	.section .rodata\n"
        "test_S_text: .ascii \"S!\"\n"
        "	.text\n");
void test_S_String(void);
static const GoMethod s_methods[] = {{GS("String"), (void *)test_S_String}};
static const GoType t_stringer = {.size = 8, .kind = KIND_INT, .align = 8, .named = 1, .str = GS("main.S"),
                                  .methods = s_methods, .nmethods = 1, .hash = 77};

Test(fmt, stringer_methods)
{
	GoSlice elems = {(int64_t[]){1, 2}, 2, 2};
	static const GoType t_sslice = {.size = 24, .kind = KIND_SLICE, .align = 8, .str = GS("[]main.S"),
	                                .elem = &t_stringer};
	check("S!|  S!|\"S!\"|5|[S! S!]", "%v|%4s|%q|%d|%v",
	      ARGS(BOXV(t_stringer, int64_t, 5), BOXV(t_stringer, int64_t, 5), BOXV(t_stringer, int64_t, 5),
	           BOXV(t_stringer, int64_t, 5), box(&t_sslice, &elems)));
}

Test(fmt, errorf_and_errors_new)
{
	GoIface err;
	GoString f = GS("bad %d: %s");
	fmt_Errorf(&err, &f, ARGS(I(3), S("x")));
	GoEface e = {err.itab->type, err.data};
	check("bad 3: x|*errors.errorString", "%v|%T", ARGS(e, e));
	GoIface wrapped;
	GoString wf = GS("outer: %w");
	fmt_Errorf(&wrapped, &wf, ARGS(e));
	GoEface w = {wrapped.itab->type, wrapped.data};
	check("outer: bad 3: x|*fmt.wrapError", "%v|%T", ARGS(w, w));
	check("%!w(int=1)", "%w", ARGS(I(1)));
	// Go 1.19 wraps one error at most: a second %w is a bad verb and
	// nothing is wrapped.
	GoIface two;
	GoString tf = GS("%w %w");
	fmt_Errorf(&two, &tf, ARGS(e, e));
	GoEface t2 = {two.itab->type, two.data};
	check("bad 3: x %!w(*errors.errorString=&{bad 3: x})|*errors.errorString", "%v|%T", ARGS(t2, t2));
}

// func (P) String() string { panic("oops") } and
// func (G) GoString() string { return "G!" }, in the Go convention.
static GoString oops = GS("oops");
static GoEface oops_value = {&t_string, &oops};
void test_panic_oops(void);
void test_panic_oops(void) { runtime_gopanic(&oops_value); }
__asm__(".text\n"
        "test_P_String:\n"
        "	pushq %rbp\n"
        "	movq %rsp, %rbp\n"
        "	call test_panic_oops\n"
        "test_G_GoString:\n"
        "	leaq test_G_text(%rip), %rax\n"
        "	movq %rax, 16(%rsp)\n"
        "	movq $2, 24(%rsp)\n"
        "	ret\n"
        "	.section .rodata\n"
        "test_G_text: .ascii \"G!\"\n"
        "	.text\n");
void test_P_String(void), test_G_GoString(void);
static const GoMethod p_methods[] = {{GS("String"), (void *)test_P_String}};
static const GoType t_panicky = {.size = 8, .kind = KIND_INT, .align = 8, .named = 1, .str = GS("main.P"),
                                 .methods = p_methods, .nmethods = 1, .hash = 78};
static const GoType t_panicky_ptr = {.size = 8, .ptrdata = 8, .gcbits = bits1, .kind = KIND_PTR, .align = 8,
                                     .str = GS("*main.P"), .elem = &t_panicky, .methods = p_methods,
                                     .nmethods = 1, .hash = 79};
static const GoMethod g_methods[] = {{GS("GoString"), (void *)test_G_GoString}, {GS("String"), (void *)test_S_String}};
static const GoType t_gostringer = {.size = 8, .kind = KIND_INT, .align = 8, .named = 1, .str = GS("main.G"),
                                    .methods = g_methods, .nmethods = 2, .hash = 80};

Test(fmt, method_panics_and_gostring)
{
	void *nilp = NULL;
	check("%!v(PANIC=String method: oops)|%!s(PANIC=String method: oops)|7|<nil>|x",
	      "%v|%s|%d|%v|%s", ARGS(BOXV(t_panicky, int64_t, 5), BOXV(t_panicky, int64_t, 5),
	                             BOXV(t_panicky, int64_t, 7), box(&t_panicky_ptr, &nilp), S("x")));
	check("G!|  G!|S!|1", "%#v|%#4v|%v|%d", ARGS(BOXV(t_gostringer, int64_t, 1), BOXV(t_gostringer, int64_t, 1),
	                                            BOXV(t_gostringer, int64_t, 1), BOXV(t_gostringer, int64_t, 1)));
}
