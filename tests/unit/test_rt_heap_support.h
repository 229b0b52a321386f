// test_rt_heap_support.h - shared by the heap and GC tests: Criterion's
// main and a stack scrubber.
//
// libgoscape_rt.a carries the program's main() (runtime/main.c), which the
// linker would pull in before -lcriterion's; defining main here keeps it out.
#ifndef TEST_RT_HEAP_SUPPORT_H
#define TEST_RT_HEAP_SUPPORT_H

#include <criterion/criterion.h>
#include <string.h>

// The stack is scanned conservatively: a dead frame's leftovers below the
// caller can still be read by the collector's frames. Tests that expect an
// object to die clear that area first.
__attribute__((noinline)) static void scrub_stack(void)
{
	volatile char junk[32768];
	memset((char *)junk, 0, sizeof junk);
}

int main(int argc, char *argv[])
{
	struct criterion_test_set *tests = criterion_initialize();
	int status = 0;
	if (criterion_handle_args(argc, argv, true))
		status = !criterion_run_all_tests(tests);
	criterion_finalize(tests);
	return status;
}

#endif
