// front_test.h - setup shared by the compiler-side unit tests: running a
// source text through the front end, capturing what a stage writes to a
// stream, and finding a checked function by name.
//
// Diagnostics accumulate per process; Criterion runs every test in a
// process of its own, so each test may compile one program from scratch.
#ifndef FRONT_TEST_H
#define FRONT_TEST_H

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "../../frontend/frontend.h"

// Parses and type-checks src as file `name`; syntax errors fail the test,
// type errors are left in diag for the caller to look at.
static inline Program *check_source(const char *name, const char *src) {
	types_init();
	File *f = parse_file(diag_add_file(name, src, strlen(src)));
	cr_assert_eq(diag_count(), 0, "syntax errors in the test program");
	return check_package("main", &f, 1, NULL);
}

// A stream into memory: open it, let a stage write, then take the text.
typedef struct MemOut {
	FILE *stream;
	char *text;
	size_t len;
} MemOut;

static inline FILE *memout_open(MemOut *c) {
	c->text = NULL;
	c->len = 0;
	c->stream = open_memstream(&c->text, &c->len);
	return c->stream;
}

static inline char *memout_close(MemOut *c) {
	fclose(c->stream);
	return c->text;
}

// What diag_flush prints ("" when there were no errors).
static inline char *flushed_diags(void) {
	MemOut c;
	FILE *saved = stderr;
	stderr = memout_open(&c);
	diag_flush();
	stderr = saved;
	return memout_close(&c);
}

static inline Func *find_func(Program *p, const char *name) {
	for (int i = 0; i < p->funcs.len; i++) {
		Func *fn = p->funcs.data[i];
		if (fn->name && !strcmp(fn->name, name))
			return fn;
	}
	cr_assert_fail("no function %s", name);
	return NULL;
}

#endif
