// test_diag.c - error reporting: sorting by position, Go's dropping of
// repeated messages, and the limit of 10.
#include "front_test.h"

static Pos at(int file, int line, int col) {
	return (Pos){.file = file, .line = line, .col = col};
}

Test(diag, sorted_by_position) {
	int f = diag_add_file("t.go", "", 0);
	error_at(at(f, 3, 1), "second");
	error_at(at(f, 1, 9), "first");
	cr_assert_str_eq(flushed_diags(), "t.go:1:9: first\nt.go:3:1: second\n");
}

// `var d = big*2 + big*2` with big = 1<<511: Go reports the overflow once.
Test(diag, same_message_on_same_line_is_reported_once) {
	int f = diag_add_file("t.go", "", 0);
	error_at(at(f, 5, 12), "constant multiplication overflow");
	error_at(at(f, 5, 20), "constant multiplication overflow");
	cr_assert_eq(diag_count(), 1, "the repeat must not count towards the limit");
	cr_assert_str_eq(flushed_diags(), "t.go:5:12: constant multiplication overflow\n");
}

Test(diag, repeat_is_kept_on_another_line_or_after_another_message) {
	int f = diag_add_file("t.go", "", 0);
	error_at(at(f, 1, 1), "m");
	error_at(at(f, 2, 1), "m");
	error_at(at(f, 2, 3), "other");
	error_at(at(f, 2, 5), "m");
	cr_assert_eq(diag_count(), 4);
}

Test(diag, syntax_errors_are_not_merged_here) {
	int f = diag_add_file("t.go", "", 0);
	error_at(at(f, 1, 1), "syntax error: unexpected x");
	error_at(at(f, 1, 4), "syntax error: unexpected x");
	cr_assert_eq(diag_count(), 2);
}

Test(diag, identical_reports_print_once) {
	int f = diag_add_file("t.go", "", 0);
	error_at(at(f, 1, 1), "a");
	error_at(at(f, 1, 2), "b");
	error_at(at(f, 1, 1), "a");
	cr_assert_str_eq(flushed_diags(), "t.go:1:1: a\nt.go:1:2: b\n");
}

Test(diag, stops_after_ten_errors) {
	int f = diag_add_file("t.go", "", 0);
	for (int i = 1; i <= 12; i++)
		error_at(at(f, i, 1), "e");
	char *out = flushed_diags();
	cr_assert(strstr(out, "t.go:10:1: e\nt.go:10:1: too many errors\n"), "got:\n%s", out);
	cr_assert_null(strstr(out, "t.go:11:1"));
}
