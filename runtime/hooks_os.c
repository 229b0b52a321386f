// hooks_os.c - the body-less functions of GOROOT's os and internal/poll,
// which compile from source over these (the list the compiler checks is
// driver/hooks.c, the entry points runtime/hooks.S). Go's runtime would
// register files with its network poller; goscape has none, so every
// descriptor is "not pollable" and files use blocking system calls, as Go
// does for a file epoll refuses. Goroutines switch only where they block,
// and a file's system calls never do, so poll's semaphores are never
// contended in practice; they are still real ones over the scheduler.
#include <errno.h>
#include <signal.h>
#include "rt.h"

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

// internal/poll.runtime_pollOpen(fd uintptr) (uintptr, int): no poller,
// so the descriptor stays blocking (the error is epoll's for a regular
// file); the other poll hooks are then never given a context but
// answer sensibly if they were.
void hook_poll_open(uintptr_t *f) {
	f[1] = 0;
	f[2] = EPERM;
}

// internal/poll.runtime_pollWait/pollReset(ctx uintptr, mode int) int:
// 0 is "ready".
void hook_poll_ready(uintptr_t *f) { f[2] = 0; }

// internal/poll.runtime_isPollServerDescriptor(fd uintptr) bool
void hook_poll_isserverfd(uintptr_t *f) { f[1] = 0; }  // false

// internal/poll.runtime_Semacquire(sema *uint32): waits until *sema > 0,
// letting the other goroutines run, and decrements it.
void hook_poll_semacquire(uint32_t **f) {
	uint32_t *sema = f[0];
	while (*sema == 0)
		runtime_gosched();
	(*sema)--;
}

// internal/poll.runtime_Semrelease(sema *uint32)
void hook_poll_semrelease(uint32_t **f) { (*f[0])++; }
