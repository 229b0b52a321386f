// hooks_os.c - the body-less functions of GOROOT's os and of
// internal/poll's descriptor locks, which compile from source over these
// (the list the compiler checks is driver/hooks.c, the entry points
// runtime/hooks.S; poll's poller hooks are netpoll.c's).
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

// internal/poll's semaphores (a descriptor's lock, contended when one
// goroutine waits for I/O holding it and another wants it): a goroutine
// waiting in runtime_Semacquire sits on this list, in its own frame.
typedef struct SemaWaiter {
	uint32_t *sema;
	G *g;
	struct SemaWaiter *next;
} SemaWaiter;

static SemaWaiter *sema_waiters;

// runtime_Semacquire(sema *uint32): waits until *sema > 0, decrements it.
void hook_poll_semacquire(uint32_t **f) {
	uint32_t *sema = f[0];
	while (*sema == 0) {
		SemaWaiter w = {sema, sched_current(), sema_waiters};
		sema_waiters = &w;
		sched_park("semacquire");
	}
	(*sema)--;
}

// runtime_Semrelease(sema *uint32): increments *sema and wakes the first
// goroutine waiting on it.
void hook_poll_semrelease(uint32_t **f) {
	uint32_t *sema = f[0];
	(*sema)++;
	for (SemaWaiter **wp = &sema_waiters; *wp; wp = &(*wp)->next)
		if ((*wp)->sema == sema) {
			G *g = (*wp)->g;
			*wp = (*wp)->next;
			sched_ready(g);
			return;
		}
}
