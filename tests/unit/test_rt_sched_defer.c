// test_rt_sched_defer.c - the defer chain, panics and recover driven from
// C. Deferred "Go functions" are C functions reading their argument block
// at 16(%rbp), which is where goscape's convention puts it (the runtime is
// built with frame pointers, and so are these tests).
#include <stdio.h>
#include <string.h>
#include "rt_test_main.h"
#include "../../runtime/sched.h"

static char trace[256];

#define ARGS() ((uintptr_t *)((char *)__builtin_frame_address(0) + 16))

__attribute__((noinline)) static void log_arg(void) {
	char s[32];
	snprintf(s, sizeof s, "%ld ", (long)ARGS()[0]);
	strcat(trace, s);
}

static GoEface recovered;
__attribute__((noinline)) static void do_recover(void) {
	runtime_gorecover(&recovered, (uintptr_t)ARGS());
	strcat(trace, "rec ");
}

// Calls recover one level too deep: must get nil.
__attribute__((noinline)) static void indirect_recover_inner(uintptr_t argp) {
	runtime_gorecover(&recovered, argp);
}
__attribute__((noinline)) static void indirect_recover(void) {
	indirect_recover_inner((uintptr_t)ARGS() + 64);
	strcat(trace, "indirect ");
}

static const GoType int_type = {.size = 8, .kind = KIND_INT, .align = 8, .str = {(const uint8_t *)"int", 3}};
static void *log_closure[] = {(void *)log_arg};
static void *recover_closure[] = {(void *)do_recover};
static void *indirect_closure[] = {(void *)indirect_recover};
static volatile int never;

// Functions shaped like generated code keep their locals on the real
// stack: ASan's fake stack frames would not survive the jump to landing.
#define GO_SHAPED __attribute__((noinline, no_sanitize_address))

// A function with deferred calls in the shape codegen emits: push the
// frame, defer, and one return path (the landing) calling deferreturn.
GO_SHAPED static int deferring(int panic_with, void **second) {
	static intptr_t value;
	volatile int result = 0;
	GoDeferFrame f;
	void *landing = &&land;
	if (never)
		goto *landing;
	runtime_deferframe_push(&f, landing);
	for (uintptr_t i = 1; i <= 3; i++)
		runtime_deferproc(&f, log_closure, &i, 8);
	uintptr_t zero = 0;
	runtime_deferproc(&f, second, &zero, 8);
	if (panic_with) {
		value = panic_with;
		GoEface v = {&int_type, &value};
		rt_panic_value(&v);
	}
	result = 1;
land:
	runtime_deferreturn(&f);
	return result;
}

Test(defer, lifo_at_return) {
	cr_assert_eq(deferring(0, log_closure), 1);
	cr_assert_str_eq(trace, "0 3 2 1 ");
}

Test(defer, recover_resumes_at_landing) {
	cr_assert_eq(deferring(42, recover_closure), 0);
	cr_assert_str_eq(trace, "rec 3 2 1 ");
	cr_assert_eq(recovered.type, &int_type);
	cr_assert_eq(*(intptr_t *)recovered.data, 42);
	cr_assert_null(sched_current()->panic);
	cr_assert_null(sched_current()->frames);
	GoEface none;
	runtime_gorecover(&none, 0);   // no panic: nil
	cr_assert_null(none.type);
}

Test(defer, recover_not_called_directly_fails, .exit_code = 2) {
	deferring(7, indirect_closure);
}

__attribute__((noinline)) static void runtime_error_body(void) {
	rt_panic_literal("runtime error: index out of range [5] with length 3");
}
static void *runtime_error_closure[] = {(void *)runtime_error_body};

GO_SHAPED static void recover_runtime_error(void) {
	GoDeferFrame f;
	void *landing = &&land;
	if (never)
		goto *landing;
	runtime_deferframe_push(&f, landing);
	runtime_deferproc(&f, recover_closure, NULL, 0);
	runtime_deferproc(&f, runtime_error_closure, NULL, 0);
	runtime_deferreturn(&f);
	cr_assert_fail("not reached");
land:
	runtime_deferreturn(&f);
}

// A run-time error is recovered as a value whose Error method gives the text.
Test(defer, runtime_error_value) {
	recover_runtime_error();
	cr_assert_str_eq(trace, "rec ");
	cr_assert_str_eq((const char *)recovered.type->str.ptr, "runtime.boundsError");
	const GoString *msg = recovered.data;
	cr_assert_eq(msg->len, 51);
	cr_assert(memcmp(msg->ptr, "runtime error: index out of range [5] with length 3", 51) == 0);
}
