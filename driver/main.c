// main.c - goscape's entry point: picks the command and dispatches, on a
// thread with a large stack.
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../explore/explore.h"
#include "driver.h"

// Under AddressSanitizer (make asan): the compiler allocates without ever
// freeing, like chibicc, since the process is short-lived; leak reports
// would only be noise (and turn every exit status into a failure).
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
	return "detect_leaks=0";
}

static int cmd_help(int argc, char **argv) {
	if (argc == 0) {
		print_usage(stdout);
		return EXIT_OK;
	}
	Command cmd;
	if (argc > 1 || !command_lookup(argv[0], &cmd)) {
		fprintf(stderr, "goscape help %s: unknown command. Run 'goscape help'.\n", argv[0]);
		return EXIT_USAGE;
	}
	print_command_usage(stdout, cmd);
	return EXIT_OK;
}

static int goscape_main(int argc, char **argv) {
	if (argc < 2) {
		print_usage(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	if (strcmp(name, "-h") == 0 || strcmp(name, "-help") == 0 || strcmp(name, "--help") == 0)
		return cmd_help(0, NULL);
	if (strcmp(name, "-version") == 0 || strcmp(name, "--version") == 0)
		name = "version";

	Command cmd;
	if (!command_lookup(name, &cmd)) {
		fprintf(stderr, "goscape %s: unknown command\n", name);
		print_usage(stderr);
		return EXIT_USAGE;
	}
	if (cmd == CMD_HELP)
		return cmd_help(argc - 2, argv + 2);
	if (cmd == CMD_EXPLORE) // its own flags (explore/cli.c)
		return explore_main(argc - 2, argv + 2);

	Options opt;
	int status = parse_options(cmd, argc - 2, argv + 2, &opt);
	if (status >= 0)
		return status;
	switch (cmd) {
	case CMD_BUILD: return cmd_build(&opt);
	case CMD_RUN: return cmd_run(&opt);
	case CMD_ASM: return cmd_asm(&opt);
	case CMD_COMPILE: return cmd_compile(&opt);
	case CMD_VERSION:
		if (opt.nfiles > 0) {
			print_command_usage(stderr, cmd);
			return EXIT_USAGE;
		}
		printf("goscape version %s (a Go 1.19 subset for linux/amd64)\n", GOSCAPE_VERSION);
		return EXIT_OK;
	case CMD_EXPLORE:
	case CMD_HELP: break;
	}
	return EXIT_OK;
}

// Every stage walks the tree recursively, so a machine-generated
// expression with 100,000 operands needs a deep stack: run on a thread
// whose stack is reserved big (pages are only touched when used).
enum { COMPILER_STACK = 1 << 30 };

typedef struct MainArgs {
	int argc;
	char **argv;
	int status;
} MainArgs;

// Deeper still, the stack overflows: say so instead of dying of SIGSEGV.
static void on_stack_overflow(int sig) {
	static const char msg[] = "goscape: input nested too deeply for the compiler's stack\n";
	(void)sig;
	if (write(2, msg, sizeof msg - 1) < 0) {
		// nothing more can be done in a signal handler
	}
	_exit(EXIT_COMPILE);
}

static void catch_stack_overflow(void) {
	// mmap'd, not static: AddressSanitizer unmaps a thread's alternate
	// signal stack when the thread ends.
	enum { ALTSTACK = 64 * 1024 };
	void *altstack = mmap(NULL, ALTSTACK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (altstack == MAP_FAILED)
		return;
	stack_t ss = {.ss_sp = altstack, .ss_size = ALTSTACK};
	sigaltstack(&ss, NULL);
	struct sigaction sa = {.sa_handler = on_stack_overflow, .sa_flags = SA_ONSTACK};
	sigaction(SIGSEGV, &sa, NULL);
}

static void *compiler_thread(void *p) {
	MainArgs *a = p;
	catch_stack_overflow(); // the alternate stack belongs to this thread
	a->status = goscape_main(a->argc, a->argv);
	return NULL;
}

// The first page fault on each 4 KiB page is dear on a virtual machine
// (100 MiB touched page by page cost a quarter of a second where 2 MiB
// pages cost a hundredth): ask for huge pages over the heap's first
// top pad, as the tree's arena does for its blocks. Allocations up to
// HEAP_BIG come from that heap rather than from mmaps of their own.
enum { HUGE_PAGE = 2 << 20, HEAP_BIG = 1 << 20 };

static void heap_huge_pages(void) {
	mallopt(M_MMAP_THRESHOLD, HEAP_BIG);
	char *first = malloc(HEAP_BIG / 2); // more than the top can hold: the heap grows by the top pad
	char *end = sbrk(0);
	uintptr_t lo = ((uintptr_t)first + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	uintptr_t hi = (uintptr_t)end & ~(uintptr_t)(HUGE_PAGE - 1);
	if (first && first < end && lo < hi) // not under AddressSanitizer's malloc
		madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	free(first);
}

int main(int argc, char **argv) {
	// The compiler allocates a lot and never frees: one arena growing in
	// big steps, instead of a thread arena grown by mprotect page by page
	// (a third of the time of compiling strings' packages).
	mallopt(M_ARENA_MAX, 1);
	mallopt(M_TOP_PAD, 64 << 20);
	heap_huge_pages();
	MainArgs a = {argc, argv, EXIT_OK};
	pthread_attr_t attr;
	pthread_t thread;
	if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, COMPILER_STACK) != 0 ||
	    pthread_create(&thread, &attr, compiler_thread, &a) != 0)
		return goscape_main(argc, argv); // no thread: the ordinary stack will do
	pthread_join(thread, NULL);
	return a.status;
}
