// test_intern.c - ir/intern.c: one copy per distinct string, and
// intern_find, which looks a string up without adding it.
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "intern.h"

Test(intern, equal_strings_share_a_copy) {
	const char *a = intern("alpha");
	cr_assert_eq(intern_n("alphabet", 5), a);
	cr_assert_neq(intern("alp"), a);
	cr_assert_eq(intern_n("a\0b", 3), intern_n("a\0b", 3)); // NUL bytes count
	cr_assert_neq(intern_n("a\0b", 3), intern_n("a\0c", 3));
}

Test(intern, find_does_not_add) {
	cr_assert_null(intern_find("never-interned", 14));
	cr_assert_null(intern_find("never-interned", 14)); // still not there
	const char *s = intern("s");
	cr_assert_eq(intern_find("s.len", 1), s);  // a prefix, as ssa/gen.c asks
	cr_assert_null(intern_find("s.len", 5));
	for (int i = 0; i < 5000; i++) { // across the table's growth
		char name[16];
		int n = snprintf(name, sizeof name, "v%d", i);
		intern_n(name, (size_t)n);
	}
	cr_assert_eq(intern_find("v4321", 5), intern("v4321"));
	cr_assert_eq(intern_find("s", 1), s);
}
