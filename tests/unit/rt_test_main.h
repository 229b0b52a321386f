// rt_test_main.h - a main() for runtime unit tests. The runtime archive
// contains the program entry main() (runtime/main.c); the test binary's
// own main must be defined before the archive is searched, or the linker
// takes the runtime's (which needs main.main). Criterion's usual main is
// in libcriterion, which the Makefile lists after the archive.
#ifndef RT_TEST_MAIN_H
#define RT_TEST_MAIN_H

#include <criterion/criterion.h>

int main(int argc, char *argv[]) {
	struct criterion_test_set *tests = criterion_initialize();
	int result = 0;
	if (criterion_handle_args(argc, argv, true))
		result = !criterion_run_all_tests(tests);
	criterion_finalize(tests);
	return result;
}

#endif
