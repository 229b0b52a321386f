// main.c - program entry: sets up the fault handlers, moves onto the main
// goroutine's stack (stack.c), keeps the arguments for os.Args, runs the generated
// package initialiser and main.main; stdout is flushed at exit.
#include <string.h>
#include "rt.h"

extern void go_main_init(void) __asm__("main..init");
extern void go_main_main(void) __asm__("main.main");

static int main_argc;
static char **main_argv;

static void main_goroutine(void) {
	GoString *args = runtime_alloc((uintptr_t)main_argc * sizeof(GoString), false);
	for (int i = 0; i < main_argc; i++)
		args[i] = (GoString){(const uint8_t *)main_argv[i], (intptr_t)strlen(main_argv[i])};
	runtime_args_slice = (GoSlice){args, main_argc, main_argc};
	go_main_init();
	go_main_main();
}

int main(int argc, char **argv) {
	main_argc = argc;
	main_argv = argv;
	rt_install_signals();
	stack_run_main(main_goroutine);
}
