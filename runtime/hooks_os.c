// hooks_os.c - the body-less functions of GOROOT's os and of
// internal/poll, which compile from source over these (the list the
// compiler checks is driver/hooks.c, the entry points runtime/hooks.S;
// poll's poller hooks are netpoll.c's, its semaphores hooks_sync.c's).
#include <signal.h>
#include "sched.h"

// The program's arguments, set by main() before any package initialises.
GoSlice runtime_args_slice;

// os.runtime_args() []string
void hook_os_runtime_args(GoSlice *out) { *out = runtime_args_slice; }

// os.sigpipe(): a write to stdout or stderr found a closed pipe; Go dies
// of SIGPIPE then, as a C program would.
void hook_os_sigpipe(void *f) {
	rt_stdout_flush();
	signal(SIGPIPE, SIG_DFL);
	raise(SIGPIPE);
}

// os.fastrand() uint32 (names of temporary files)
void hook_os_fastrand(uint32_t *f) { f[0] = (uint32_t)rt_random(); }

// internal/poll.runtime_isPollServerDescriptor(fd uintptr) bool: goscape's
// poller uses no descriptor of its own.
void hook_poll_isserverfd(uintptr_t *f) { f[1] = 0; }  // false

