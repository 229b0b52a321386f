// test_vformat.c - ir/vformat.c formats exactly like vsnprintf, and
// declines (-1) what it does not handle, so that callers fall back.
#include <criterion/criterion.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "vformat.h"

static int fast(char *buf, size_t size, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	int n = vformat(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

#define SAME(fmt, ...)                                                                   \
	do {                                                                                 \
		char got[128], want[128];                                                        \
		int n = fast(got, sizeof got, fmt, __VA_ARGS__);                                 \
		int m = snprintf(want, sizeof want, fmt, __VA_ARGS__);                           \
		cr_assert_eq(n, m, "%s: length %d, want %d", fmt, n, m);                         \
		cr_assert(memcmp(got, want, (size_t)m + 1) == 0, "%s: \"%s\", want \"%s\"", fmt, got, want); \
	} while (0)

Test(vformat, conversions) {
	SAME("mov $%d, %%rax", 42);
	SAME("%d %d %d", 0, INT_MIN, INT_MAX);
	SAME("%u|%lu|%llu", UINT_MAX, ULONG_MAX, ULLONG_MAX);
	SAME("%ld|%lld", LONG_MIN, LLONG_MIN);
	SAME("%zu|%zd", (size_t)123456789, (ptrdiff_t)-5);
	SAME("%s:%c:%s", "lea", 'x', "");
	SAME("plain text, no conversion%s", "");
	SAME(".L%s_%s%d", "main.f", "return", 7);
	SAME("#   %6lld(%%rbp) %5lld  %-20s|%-3s|%2d|%-4c|%1s", -16LL, 8LL, "n int", "long text", -123, 'c', "");
}

Test(vformat, null_string) {
	char buf[16];
	cr_assert_eq(fast(buf, sizeof buf, "<%s>", (char *)NULL), 8);
	cr_assert_str_eq(buf, "<(null)>"); // glibc's spelling
}

Test(vformat, declines) {
	char buf[64];
	cr_assert_eq(fast(buf, sizeof buf, "%05d", 1), -1);
	cr_assert_eq(fast(buf, sizeof buf, "%+d", 1), -1);
	cr_assert_eq(fast(buf, sizeof buf, "%*d", 5, 1), -1);
	cr_assert_eq(fast(buf, sizeof buf, "%.*s", 2, "abc"), -1);
	cr_assert_eq(fast(buf, sizeof buf, "%x", 255), -1);
	cr_assert_eq(fast(buf, sizeof buf, "%g", 1.5), -1);
	cr_assert_eq(fast(buf, sizeof buf, "%lc", 'a'), -1);
	cr_assert_eq(fast(buf, sizeof buf, "100%", 0), -1);
	// too long for the buffer: the caller formats it another way
	cr_assert_eq(fast(buf, 8, "%s", "123456789"), -1);
	cr_assert_eq(fast(buf, 8, "1234567%d", 8), -1);
	cr_assert_eq(fast(buf, 8, "1234567"), 7);
	cr_assert_eq(fast(buf, 8, "%8s", "a"), -1);
}

// A format that is not a string literal (here on the stack) is compiled
// for its call and not kept: the same address may hold another format.
Test(vformat, format_not_kept) {
	char fmt[32], got[64];
	strcpy(fmt, "a%db%s");
	cr_assert_eq(fast(got, sizeof got, fmt, 12, "x"), 5);
	cr_assert_str_eq(got, "a12bx");
	strcpy(fmt, "%s=%lld;");
	cr_assert_eq(fast(got, sizeof got, fmt, "y", -7LL), 5);
	cr_assert_str_eq(got, "y=-7;");
}

// put_decimal and put_int at every number of digits and at the edges.
Test(vformat, put_decimal) {
	char got[32], want[32];
	for (unsigned long long v = 1; v; v = v * 10 > v ? v * 10 : 0)
		for (unsigned long long x = v - 1; x <= v + 1; x++) {
			*put_decimal(got, x) = '\0';
			snprintf(want, sizeof want, "%llu", x);
			cr_assert_str_eq(got, want);
		}
	*put_decimal(got, ULLONG_MAX) = '\0';
	cr_assert_str_eq(got, "18446744073709551615");
	*put_int(got, LLONG_MIN) = '\0';
	cr_assert_str_eq(got, "-9223372036854775808");
	SAME("%llu|%lld|%d", ULLONG_MAX, LLONG_MIN, -1);
}
