// test_rt_slice.c - append's growth rule against Go 1.19's real capacity
// sequences, makeslice, copy, and roundupsize.
#include <criterion/criterion.h>
#include "rt_types.h"
#include "sizeclasses.h"
#include "rt_test_main.h"

// Appends one element at a time to a nil slice, recording each new cap.
static int distinct_caps(uintptr_t elemsize, intptr_t *caps, int max) {
	GoType elem = {.size = elemsize, .kind = KIND_ARRAY, .align = 1};
	GoSlice s = {0};
	int n = 0;
	while (n < max) {
		if (s.len == s.cap) {
			runtime_growslice(&s, &elem, s.len + 1);
			caps[n++] = s.cap;
		}
		s.len++;
	}
	return n;
}

static void check_caps(uintptr_t elemsize, const intptr_t *want, int n) {
	intptr_t got[64];
	distinct_caps(elemsize, got, n);
	for (int i = 0; i < n; i++)
		cr_assert_eq(got[i], want[i], "elem size %zu, step %d: cap %zd, want %zd", elemsize, i, got[i], want[i]);
}

Test(growslice, one_at_a_time_8_byte)
{
	static const intptr_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408,
	                                5120, 7168, 9216, 12288, 16384, 21504};
	check_caps(8, want, sizeof want / sizeof want[0]);
}

Test(growslice, one_at_a_time_16_byte)
{
	static const intptr_t want[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584,
	                                5120, 6656, 8704, 11264, 14336, 18432, 23552};
	check_caps(16, want, sizeof want / sizeof want[0]);
}

Test(growslice, one_at_a_time_bytes)
{
	static const intptr_t want[] = {8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376,
	                                6912, 9472, 12288, 16384, 21760, 28672, 40960, 57344};
	check_caps(1, want, sizeof want / sizeof want[0]);
}

Test(growslice, one_at_a_time_odd_sizes)
{
	static const intptr_t w4[] = {2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048};
	static const intptr_t w24[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072, 4096,
	                               5461, 7168, 9216, 11946, 15360, 19456, 24576};
	static const intptr_t w5[] = {1, 3, 6, 12, 25, 51, 102, 204, 409, 819, 1228, 1894, 2713};
	static const intptr_t w12[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413, 4778, 6826};
	static const intptr_t w100[] = {1, 2, 4, 8, 17, 34, 69, 143, 286, 573, 983, 1474, 2048, 2785, 3686,
	                                4833, 6307};
	check_caps(4, w4, sizeof w4 / sizeof w4[0]);
	check_caps(24, w24, sizeof w24 / sizeof w24[0]);
	check_caps(5, w5, sizeof w5 / sizeof w5[0]);
	check_caps(12, w12, sizeof w12 / sizeof w12[0]);
	check_caps(100, w100, sizeof w100 / sizeof w100[0]);
}

// s := make([]T, L); s = append(s, make([]T, n)...)
static intptr_t cap_after(uintptr_t elemsize, intptr_t L, intptr_t n) {
	GoType elem = {.size = elemsize, .kind = KIND_ARRAY, .align = 1};
	GoSlice s;
	runtime_makeslice(&s, &elem, L, L);
	if (L + n > s.cap)
		runtime_growslice(&s, &elem, L + n);
	return s.cap;
}

Test(growslice, many_at_once)
{
	static const intptr_t rows[][6] = {
		{0, 0, 0, 0, 0, 0},          {0, 1, 1, 8, 1, 1},         {0, 3, 3, 8, 3, 3},
		{0, 5, 6, 8, 5, 5},          {0, 7, 8, 8, 7, 7},         {0, 9, 10, 16, 9, 9},
		{3, 3, 6, 8, 6, 6},          {3, 4, 8, 8, 7, 7},         {3, 5, 8, 8, 8, 8},
		{4, 5, 10, 16, 9, 9},        {8, 9, 18, 24, 18, 17},     {100, 1, 224, 208, 200, 202},
		{256, 1, 512, 512, 512, 512}, {300, 500, 816, 896, 848, 853}, {1000, 10, 1536, 1536, 1536, 1706},
	};
	static const uintptr_t sizes[] = {8, 1, 16, 24};
	for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++)
		for (int k = 0; k < 4; k++)
			cr_assert_eq(cap_after(sizes[k], rows[r][0], rows[r][1]), rows[r][2 + k],
			             "L=%zd n=%zd size %zu", rows[r][0], rows[r][1], sizes[k]);
}

Test(growslice, keeps_len_and_copies)
{
	GoSlice s;
	runtime_makeslice(&s, &t_int, 3, 3);
	int64_t *p = s.ptr;
	p[0] = 7, p[1] = 8, p[2] = 9;
	runtime_growslice(&s, &t_int, 4);
	cr_assert_eq(s.len, 3);
	cr_assert_eq(s.cap, 6);
	cr_assert_neq(s.ptr, p);
	cr_assert_eq(((int64_t *)s.ptr)[2], 9);
}

Test(growslice, zero_size_elements)
{
	GoType empty = {.size = 0, .kind = KIND_STRUCT};
	GoSlice s = {NULL, 3, 3};
	runtime_growslice(&s, &empty, 4);
	cr_assert_eq(s.cap, 4);
	cr_assert_not_null(s.ptr);
}

Test(makeslice, exact_caps_and_zeroed)
{
	GoSlice s;
	runtime_makeslice(&s, &t_int, 5, 7);
	cr_assert_eq(s.len, 5);
	cr_assert_eq(s.cap, 7);
	for (int i = 0; i < 7; i++)
		cr_assert_eq(((int64_t *)s.ptr)[i], 0);
}

Test(makeslice, negative_len_panics, .exit_code = 2) { GoSlice s; runtime_makeslice(&s, &t_int, -1, 0); }
Test(makeslice, len_over_cap_panics, .exit_code = 2) { GoSlice s; runtime_makeslice(&s, &t_int, 5, 2); }

Test(slicecopy, min_length_and_overlap)
{
	char buf[8] = "abcdefg";
	cr_assert_eq(runtime_slicecopy(buf + 1, 6, buf, 3, 1), 3);
	cr_assert_str_eq(buf, "aabcefg");
	cr_assert_eq(runtime_slicecopy(buf, 2, "xyz", 3, 1), 2);
	cr_assert_eq(runtime_slicecopy(buf, 0, "xyz", 3, 1), 0);
}

Test(sizeclasses, roundupsize)
{
	cr_assert_eq(roundupsize(1), 8);
	cr_assert_eq(roundupsize(9), 16);
	cr_assert_eq(roundupsize(6656), 6784);
	cr_assert_eq(roundupsize(19968), 20480);
	cr_assert_eq(roundupsize(32768), 32768);
	cr_assert_eq(roundupsize(32769), 40960);
	cr_assert_eq(size_to_class(1024), 32);
	cr_assert_eq(class_to_size[67], 32768);
}
