// test_explore.c - the explorer's readings of the compiler's output
// (explore/): JSON strings safe inside <script>, the -m=2 explanations
// grouped under the verdict at their position, the assembly cut to the
// explored file's functions with each line's source line, and the
// allocator's table (GOSCAPE_DEBUG=heap=1) as JSON.
#include <criterion/criterion.h>
#include <string.h>
#include "../../explore/explore.h"

static const char *json_of(const char *s) {
	StrBuf b = {0};
	json_cstring(&b, s);
	return strbuf_text(&b);
}

Test(explore, json_strings) {
	cr_assert_str_eq(json_of("a\"b\\c\n\td"), "\"a\\\"b\\\\c\\n\\td\"");
	// Nothing that could end a <script> element or open a comment in it.
	cr_assert_str_eq(json_of("</script><!--&"), "\"\\u003c/script\\u003e\\u003c!--\\u0026\"");
	cr_assert_str_eq(json_of("\x01\x7f"), "\"\\u0001\\u007f\"");
	// UTF-8 passes through.
	cr_assert_str_eq(json_of("\xc3\xa9"), "\"\xc3\xa9\"");
}

Test(explore, diagnostics) {
	const char *m2 =
		"/tmp/d/main.go:6:2: x escapes to heap:\n"
		"/tmp/d/main.go:6:2:   flow: ~r0 = &x:\n"
		"/tmp/d/main.go:6:2:     from &x (address-of) at /tmp/d/main.go:7:9\n"
		"/tmp/d/main.go:6:2: moved to heap: x\n"
		"/tmp/d/other.go:3:1: not about this file\n"
		"/tmp/d/main.go:13:13: ... argument does not escape\n";
	StrBuf b = {0};
	diags_json(&b, m2, "/tmp/d/main.go", "main.go");
	cr_assert_str_eq(strbuf_text(&b),
	                 "[{\"line\":6,\"col\":2,\"msg\":\"moved to heap: x\",\"why\":[\"x escapes to heap\","
	                 "\"  flow: ~r0 = \\u0026x:\",\"    from \\u0026x (address-of) at main.go:7:9\"]},\n"
	                 "{\"line\":13,\"col\":13,\"msg\":\"... argument does not escape\",\"why\":[]}]");
}

Test(explore, errors_renamed) {
	StrBuf b = {0};
	errors_json(&b, "/tmp/x/main.go:4:2: x declared but not used\n", "/tmp/x/main.go", "main.go");
	cr_assert_str_eq(strbuf_text(&b), "\"main.go:4:2: x declared but not used\\n\"");
}

Test(explore, assembly_lines) {
	const char *s =
		"\t.file 1 \"lib/other.go\"\n"
		"\t.file 2 \"t.go\"\n"
		"# func other.f()\n"
		"other.f:\n"
		"\t.loc 1 3 1\n"
		"\tret\n"
		"\t.size other.f, .-other.f\n"
		"# func main.g()\n"
		"main.g:\n"
		"\t.loc 2 5 1\n"
		"\tpush %rbp\n"
		"# LINE 6: x := 1\n"
		"\t.loc 2 6 4\n"
		"\tmovq $1, -8(%rbp)\n"
		"\t.size main.g, .-main.g\n"
		"\t.data\n";
	StrBuf b = {0};
	asm_lines_json(&b, s, "t.go");
	cr_assert_str_eq(strbuf_text(&b),
	                 "[[0,\"# func main.g()\"]\n,[0,\"main.g:\"]\n,[5,\"\\t.loc 2 5 1\"]\n"
	                 ",[5,\"\\tpush %rbp\"]\n,[6,\"# LINE 6: x := 1\"]\n,[6,\"\\t.loc 2 6 4\"]\n"
	                 ",[6,\"\\tmovq $1, -8(%rbp)\"]\n,[6,\"\\t.size main.g, .-main.g\"]\n]");
}

Test(explore, heap_table) {
	const char *err =
		"panic text first\n"
		"goscape: heap supply chain at exit\n"
		"class  size  kind    mcache  partial  full  pages  objects  bytes\n"
		"    3    24  scan         1        0   354    355   120774  2898576\n"
		"large objects                               1      5        1  40960\n"
		"mheap: 364 pages in use (2981888 bytes), 154 free, 7674 returned to the OS or never touched (8192 mapped)\n"
		"objects: 120787 in use = 614120 handed out - 493333 freed by sweeping\n"
		"goscape: 3 heap allocations, ...\n";
	StrBuf b = {0};
	heap_json(&b, err, strlen(err));
	cr_assert_str_eq(strbuf_text(&b),
	                 "{\"classes\":[{\"class\":3,\"size\":24,\"kind\":\"scan\",\"mcache\":1,\"partial\":0,"
	                 "\"full\":354,\"pages\":355,\"objects\":120774,\"bytes\":2898576}],"
	                 "\"large\":{\"spans\":1,\"pages\":5,\"objects\":1,\"bytes\":40960},"
	                 "\"mheap\":\"364 pages in use (2981888 bytes), 154 free, 7674 returned to the OS or never "
	                 "touched (8192 mapped)\",\"objects\":\"120787 in use = 614120 handed out - 493333 freed by "
	                 "sweeping\"}");
	StrBuf none = {0};
	heap_json(&none, "no report\n", 10);
	cr_assert_str_eq(strbuf_text(&none), "null");
}
