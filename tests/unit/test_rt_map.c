// test_rt_map.c - maps: insert/lookup/delete with many keys, string and
// struct keys, float and interface keys, nil maps, and iteration
// (complete, randomised, safe under deletion and growth).
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include "rt_test_main.h"
#include "rt_types.h"

static int64_t *put_int(GoMap *m, int64_t k, int64_t v) {
	int64_t *slot = runtime_mapassign(&t_map_int_int, m, &k);
	*slot = v;
	return slot;
}

static int64_t get_int(GoMap *m, int64_t k, bool *ok) {
	return *(int64_t *)runtime_mapaccess2(&t_map_int_int, m, &k, ok);
}

Test(map, many_int_keys)
{
	GoMap *m = runtime_makemap(&t_map_int_int, 0);
	for (int64_t i = 0; i < 10000; i++)
		put_int(m, i * 7919, i);
	cr_assert_eq(runtime_maplen(m), 10000);
	bool ok;
	for (int64_t i = 0; i < 10000; i++) {
		cr_assert_eq(get_int(m, i * 7919, &ok), i);
		cr_assert(ok);
	}
	cr_assert_eq(get_int(m, 3, &ok), 0);
	cr_assert(!ok);
	for (int64_t i = 0; i < 10000; i += 2) {
		int64_t k = i * 7919;
		runtime_mapdelete(&t_map_int_int, m, &k);
	}
	cr_assert_eq(runtime_maplen(m), 5000);
	for (int64_t i = 0; i < 10000; i++) {
		get_int(m, i * 7919, &ok);
		cr_assert_eq(ok, i % 2 == 1);
	}
	put_int(m, 5, 1);
	cr_assert_eq(*put_int(m, 5, 2), 2);
	cr_assert_eq(runtime_maplen(m), 5001);
}

Test(map, string_keys)
{
	GoMap *m = runtime_makemap(&t_map_string_int, 100);
	char names[1000][8];
	for (int i = 0; i < 1000; i++) {
		snprintf(names[i], 8, "k%d", i);
		GoString k = {(const uint8_t *)names[i], (intptr_t)strlen(names[i])};
		*(int64_t *)runtime_mapassign(&t_map_string_int, m, &k) = i;
	}
	for (int i = 0; i < 1000; i++) {
		char copy[8];
		strcpy(copy, names[i]);  // equal contents, different pointer
		GoString k = {(const uint8_t *)copy, (intptr_t)strlen(copy)};
		cr_assert_eq(*(int64_t *)runtime_mapaccess1(&t_map_string_int, m, &k), i);
	}
}

Test(map, struct_keys)
{
	GoMap *m = runtime_makemap(&t_map_point_string, 0);
	int64_t p[2] = {1, 2}, q[2] = {2, 1};
	*(GoString *)runtime_mapassign(&t_map_point_string, m, p) = GS("a");
	*(GoString *)runtime_mapassign(&t_map_point_string, m, q) = GS("b");
	int64_t p2[2] = {1, 2};
	cr_assert_eq(((GoString *)runtime_mapaccess1(&t_map_point_string, m, p2))->ptr[0], 'a');
	cr_assert_eq(runtime_maplen(m), 2);
}

Test(map, float_keys)
{
	GoMap *m = runtime_makemap(&t_map_float_int, 0);
	double zero = 0.0, negzero = -0.0, nan = __builtin_nan("");
	*(int64_t *)runtime_mapassign(&t_map_float_int, m, &zero) = 1;
	*(int64_t *)runtime_mapassign(&t_map_float_int, m, &negzero) = 2;
	cr_assert_eq(runtime_maplen(m), 1);  // +0 == -0
	*(int64_t *)runtime_mapassign(&t_map_float_int, m, &nan) = 3;
	*(int64_t *)runtime_mapassign(&t_map_float_int, m, &nan) = 4;
	cr_assert_eq(runtime_maplen(m), 3);  // NaN != NaN
	bool ok;
	runtime_mapaccess2(&t_map_float_int, m, &nan, &ok);
	cr_assert(!ok);
}

Test(map, interface_keys)
{
	GoMap *m = runtime_makemap(&t_map_eface_int, 0);
	GoEface k1 = BOXV(t_int, int64_t, 1), k2 = BOXS("1"), k3 = BOXV(t_int, int64_t, 1);
	*(int64_t *)runtime_mapassign(&t_map_eface_int, m, &k1) = 10;
	*(int64_t *)runtime_mapassign(&t_map_eface_int, m, &k2) = 20;
	cr_assert_eq(*(int64_t *)runtime_mapaccess1(&t_map_eface_int, m, &k3), 10);
	cr_assert_eq(runtime_maplen(m), 2);
}

Test(map, unhashable_interface_key_panics, .exit_code = 2)
{
	GoMap *m = runtime_makemap(&t_map_eface_int, 0);
	GoSlice s = {0};
	GoEface k = box(&t_intslice, &s);
	runtime_mapassign(&t_map_eface_int, m, &k);
}

Test(map, nil_map)
{
	bool ok = true;
	int64_t k = 1;
	cr_assert_eq(runtime_maplen(NULL), 0);
	cr_assert_eq(*(int64_t *)runtime_mapaccess2(&t_map_int_int, NULL, &k, &ok), 0);
	cr_assert(!ok);
	runtime_mapdelete(&t_map_int_int, NULL, &k);
	GoMapIter it;
	runtime_mapiterinit(&t_map_int_int, NULL, &it);
	cr_assert_null(it.key);
}

Test(map, nil_map_write_panics, .exit_code = 2)
{
	int64_t k = 1;
	runtime_mapassign(&t_map_int_int, NULL, &k);
}

// Iterates m, checking that every key in [0, n) appears exactly once.
static void check_iteration(GoMap *m, int n, int64_t *first) {
	char *seen = calloc((size_t)n, 1);
	int count = 0;
	GoMapIter it;
	for (runtime_mapiterinit(&t_map_int_int, m, &it); it.key; runtime_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		cr_assert(k >= 0 && k < n && !seen[k], "key %lld", (long long)k);
		cr_assert_eq(*(int64_t *)it.value, k * 2);
		if (count == 0 && first)
			*first = k;
		seen[k] = 1;
		count++;
	}
	cr_assert_eq(count, n);
	free(seen);
}

Test(map, iteration_complete_and_random)
{
	GoMap *m = runtime_makemap(&t_map_int_int, 0);
	for (int64_t i = 0; i < 1000; i++)
		put_int(m, i, 2 * i);
	int64_t first, firsts[64];
	bool varied = false;
	for (int r = 0; r < 64; r++) {
		check_iteration(m, 1000, &first);
		firsts[r] = first;
		varied |= firsts[r] != firsts[0];
	}
	cr_assert(varied, "iteration order never changed");
	// Small maps are randomised too (the slot offset).
	GoMap *small = runtime_makemap(&t_map_int_int, 0);
	for (int64_t i = 0; i < 3; i++)
		put_int(small, i, 2 * i);
	varied = false;
	for (int r = 0; r < 64; r++) {
		check_iteration(small, 3, &first);
		varied |= first != 0;
	}
	cr_assert(varied);
}

Test(map, delete_during_iteration)
{
	GoMap *m = runtime_makemap(&t_map_int_int, 0);
	for (int64_t i = 0; i < 500; i++)
		put_int(m, i, 2 * i);
	int count = 0;
	GoMapIter it;
	for (runtime_mapiterinit(&t_map_int_int, m, &it); it.key; runtime_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		cr_assert(count == 0 || k % 2 == 0, "deleted key %lld produced", (long long)k);
		count++;
		// Delete every odd key: those not reached yet must not be produced.
		for (int64_t j = 1; j < 500 && count == 1; j += 2)
			runtime_mapdelete(&t_map_int_int, m, &j);
	}
	cr_assert(count == 250 || count == 251);
	cr_assert_eq(runtime_maplen(m), 250);
}

Test(map, growth_during_iteration)
{
	GoMap *m = runtime_makemap(&t_map_int_int, 0);
	for (int64_t i = 0; i < 100; i++)
		put_int(m, i, 2 * i);
	char seen[100] = {0};
	GoMapIter it;
	int count = 0;
	for (runtime_mapiterinit(&t_map_int_int, m, &it); it.key; runtime_mapiternext(&it)) {
		int64_t k = *(int64_t *)it.key;
		if (k < 100) {
			cr_assert(!seen[k], "key %lld twice", (long long)k);
			seen[k] = 1;
			count++;
		}
		if (count == 1)
			for (int64_t j = 1000; j < 3000; j++)  // forces several grows
				put_int(m, j, 2 * j);
	}
	cr_assert_eq(count, 100);
}
