// main.c - program entry: sets up os.Args and the fault handlers, runs
// the generated package initialiser and main.main, flushes stdout.
#include <string.h>
#include "rt.h"

extern void go_main_init(void) __asm__("main..init");
extern void go_main_main(void) __asm__("main.main");

int main(int argc, char **argv) {
	// The GC scans the stack from its current pointer up to here.
	runtime_stack_top = (void *)(((uintptr_t)__builtin_frame_address(0) + 63) & ~(uintptr_t)63);
	rt_install_signals();
	GoString *args = runtime_alloc((uintptr_t)argc * sizeof(GoString), false);
	for (int i = 0; i < argc; i++)
		args[i] = (GoString){(const uint8_t *)argv[i], (intptr_t)strlen(argv[i])};
	os_Args = (GoSlice){args, argc, argc};
	go_main_init();
	go_main_main();
	rt_exit(0);
}
