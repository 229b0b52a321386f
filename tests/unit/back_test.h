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

#endif
