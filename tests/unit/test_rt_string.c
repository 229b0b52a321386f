// test_rt_string.c - concatenation, comparison, string(rune), the
// []byte/[]rune conversions and their caps, and UTF-8 decoding.
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include "rt_test_main.h"
#include "rt_types.h"

static bool eq(GoString s, const char *want) {
	return s.len == (intptr_t)strlen(want) && memcmp(s.ptr, want, (size_t)s.len) == 0;
}

Test(string, concat)
{
	GoString parts[] = {GS("ab"), GS(""), GS("cde")}, out;
	runtime_concatstrings(&out, parts, 3);
	cr_assert(eq(out, "abcde"));
	runtime_concatstrings(&out, parts + 1, 1);
	cr_assert_eq(out.len, 0);
	// A single non-empty operand comes back as is.
	runtime_concatstrings(&out, parts + 1, 2);
	cr_assert_eq(out.ptr, parts[2].ptr);
}

Test(string, compare)
{
	GoString a = GS("abc"), b = GS("abd"), c = GS("ab"), e = GS("");
	cr_assert_lt(runtime_cmpstring(&a, &b), 0);
	cr_assert_gt(runtime_cmpstring(&a, &c), 0);
	cr_assert_eq(runtime_cmpstring(&a, &a), 0);
	cr_assert_lt(runtime_cmpstring(&e, &c), 0);
	GoString a2 = GS("abc");
	cr_assert(runtime_eqstring(&a, &a2));
	cr_assert(!runtime_eqstring(&a, &c));
}

Test(string, intstring)
{
	GoString s;
	runtime_intstring(&s, 0x4e16);
	cr_assert(eq(s, "世"));
	runtime_intstring(&s, 'A');
	cr_assert(eq(s, "A"));
	static const int64_t bad[] = {-1, 0xD800, 0x110000, (int64_t)1 << 32 | 'A'};
	for (int i = 0; i < 4; i++) {
		runtime_intstring(&s, bad[i]);
		cr_assert(eq(s, "\xEF\xBF\xBD"), "rune %lld", (long long)bad[i]);
	}
}

Test(string, bytes_roundtrip_and_caps)
{
	GoSlice b;
	GoString s = GS("hello"), back;
	runtime_stringtoslicebyte(&b, &s);
	cr_assert_eq(b.len, 5);
	cr_assert_eq(b.cap, 8);  // escaping conversion: size class of 5
	runtime_slicebytetostring(&back, &b);
	cr_assert(eq(back, "hello"));
	GoString empty = GS("");
	runtime_stringtoslicebyte(&b, &empty);
	cr_assert_eq(b.cap, 0);
	cr_assert_not_null(b.ptr);  // []byte("") is not nil
	GoString s40 = GS("abcdefghijklmnopqrstuvwxyz0123456789ABCD");
	runtime_stringtoslicebyte(&b, &s40);
	cr_assert_eq(b.cap, 48);
	uint8_t buf[32];
	runtime_stringtoslicebyte_buf(&b, &s, buf);
	cr_assert_eq(b.cap, 32);
	cr_assert_eq(b.ptr, buf);
	runtime_stringtoslicebyte_buf(&b, &s40, buf);
	cr_assert_eq(b.cap, 48);
}

Test(string, runes_roundtrip)
{
	GoSlice r;
	GoString s = GS("h\xC3\xA9llo\xFF"), back;  // invalid last byte
	runtime_stringtoslicerune(&r, &s);
	cr_assert_eq(r.len, 6);
	cr_assert_eq(r.cap, 6);  // 24 bytes is a size class
	int32_t *p = r.ptr;
	cr_assert_eq(p[1], 0xE9);
	cr_assert_eq(p[5], 0xFFFD);
	runtime_slicerunetostring(&back, &r);
	cr_assert(eq(back, "h\xC3\xA9llo\xEF\xBF\xBD"));
	int32_t buf[32];
	runtime_stringtoslicerune_buf(&r, &s, buf);
	cr_assert_eq(r.cap, 32);
}

Test(string, decoderune)
{
	GoString s = GS("a\xE4\xB8\x96\xC0\x80\xED\xA0\x80z\xF0\x9F\x98\x80\xE4\xB8");
	int32_t r;
	intptr_t k = 0;
	// Overlong C0 80 and surrogate ED A0 80 are invalid byte by byte; so is a cut-off E4 B8.
	static const int32_t want_r[] = {'a', 0x4e16, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 'z',
	                                 0x1F600, 0xFFFD, 0xFFFD};
	static const intptr_t want_k[] = {1, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16};
	for (int i = 0; i < 11; i++) {
		k = runtime_decoderune(&s, k, &r);
		cr_assert_eq(r, want_r[i], "rune %d: %x", i, r);
		cr_assert_eq(k, want_k[i], "rune %d: next %zd", i, k);
	}
	cr_assert_eq(k, s.len);
}
