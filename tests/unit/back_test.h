// back_test.h - setup shared by the unit tests of the back ends
// (test_codegen.c, test_ssa.c): a source text through the front end and
// escape analysis, then codegen to assembly text.
#ifndef BACK_TEST_H
#define BACK_TEST_H

#include <stdlib.h>
#include "../../codegen/codegen.h"
#include "../../escape/escape.h"
#include "front_test.h"

// src checked (type errors fail the test) and escape-analysed.
static inline Program *analysed_program(const char *src) {
	Program *p = check_source("t.go", src);
	cr_assert_eq(diag_count(), 0, "type errors");
	EscapeOptions eo = {.m_level = 0, .out = stderr};
	escape_analyze(p, &eo);
	return p;
}

// Compiles src and returns the assembly.
static inline char *compile(const char *src) {
	Program *p = analysed_program(src);
	MemOut out;
	Vec pkgs = {0};
	vec_push(&pkgs, p);
	codegen_program(&pkgs, memout_open(&out));
	char *text = memout_close(&out);
	cr_assert_eq(diag_count(), 0, "codegen errors");
	return text;
}

// The cheap forms both back ends give f(i int, u uint) of the tests
// "constants_and_variables_are_used_in_place" (test_codegen.c) and
// "emission_uses_registers_immediates_and_cmp_jcc" (test_ssa.c); reg is
// the register they work in ("%rax"), or "%" for any.
static inline void assert_cheap_forms(const char *f, const char *reg) {
	cr_assert(strstr(f, xasprintf("shl $3, %s", reg)), "i*8 as a shift:\n%s", f);
	cr_assert(strstr(f, xasprintf("sar $3, %s", reg)), "shift by a constant:\n%s", f);
	cr_assert(strstr(f, xasprintf("cmp $16, %s", reg)), "compare with an immediate:\n%s", f);
	cr_assert(strstr(f, "jge "), "compare and branch without a boolean:\n%s", f);
	cr_assert_null(strstr(f, "setl"), "no materialised boolean:\n%s", f);
	cr_assert(strstr(f, xasprintf("shr $2, %s", reg)), "unsigned division by a power of two:\n%s", f);
	cr_assert_null(strstr(f, "runtime_panicdivide"), "no zero check for a constant divisor:\n%s", f);
}

#endif
