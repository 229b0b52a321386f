// hooks_syscall.c - the syscall package's body-less functions (GOROOT's
// syscall compiles from source over these; entry points in hooks.S):
// raw system calls, the environment, the page size and exit; and
// runtime.GOROOT, which reads the environment too. One thread
// and no cgo make the fork/exec and enter/exit-syscall hooks no-ops;
// rawVforkSyscall (os/exec) is assembly, in hooks.S.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include "sched.h"

extern char **environ;

// One system call. Go's stdout is unbuffered and the runtime's is not:
// flushing first keeps a write(1, ...) in order with fmt's output.
static uintptr_t raw_syscall(uintptr_t trap, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4,
                             uintptr_t a5, uintptr_t a6, uintptr_t *r2) {
	rt_stdout_flush();
	register uintptr_t r10 __asm__("r10") = a4;
	register uintptr_t r8 __asm__("r8") = a5;
	register uintptr_t r9 __asm__("r9") = a6;
	uintptr_t rax = trap, rdx = a3;
	__asm__ volatile("syscall"
	                 : "+a"(rax), "+d"(rdx)
	                 : "D"(a1), "S"(a2), "r"(r10), "r"(r8), "r"(r9)
	                 : "rcx", "r11", "memory");
	*r2 = rdx;
	return rax;
}

// Does this call wait for one child process to change state? Go blocks
// a thread in it; goscape lets the other goroutines run meanwhile
// (netpoll.c), which os/exec needs: its goroutines feed and drain the
// child's pipes while Wait waits.
static bool waits_for_child(const uintptr_t *f) {
	if (f[0] == SYS_wait4)
		return (intptr_t)f[1] > 0 && !(f[3] & WNOHANG);
	if (f[0] == SYS_waitid)
		return f[1] == P_PID && !(f[4] & WNOHANG);
	return false;
}

// func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno),
// and runtime_doAllThreadsSyscall (one thread: the same call).
void hook_syscall_raw6(uintptr_t *f) {
	if (waits_for_child(f))
		netpoll_wait_child((int)f[f[0] == SYS_wait4 ? 1 : 2]);
	uintptr_t r2;
	uintptr_t r1 = raw_syscall(f[0], f[1], f[2], f[3], f[4], f[5], f[6], &r2);
	if (r1 > (uintptr_t)-4096) {
		f[7] = (uintptr_t)-1;
		f[8] = 0;
		f[9] = -r1;
	} else {
		f[7] = r1;
		f[8] = r2;
		f[9] = 0;
	}
}

// func rawSyscallNoError(trap, a1, a2, a3 uintptr) (r1, r2 uintptr)
void hook_syscall_noerror(uintptr_t *f) { f[4] = raw_syscall(f[0], f[1], f[2], f[3], 0, 0, 0, &f[5]); }

// func gettimeofday(tv *Timeval) (err Errno)
void hook_syscall_gettimeofday(uintptr_t *f) {
	f[1] = gettimeofday((struct timeval *)f[0], NULL) == 0 ? 0 : (uintptr_t)errno;
}

// func runtime_envs() []string: a copy of the environment at the call.
void hook_syscall_envs(GoSlice *out) {
	intptr_t n = 0;
	while (environ[n])
		n++;
	GoString *env = runtime_alloc((uintptr_t)n * sizeof(GoString), false);
	for (intptr_t i = 0; i < n; i++)
		env[i] = (GoString){(const uint8_t *)environ[i], (intptr_t)strlen(environ[i])};
	*out = (GoSlice){env, n, n};
}

// func Getpagesize() int
void hook_syscall_getpagesize(intptr_t *f) { f[0] = sysconf(_SC_PAGESIZE); }

// func Exit(code int)
void hook_syscall_exit(intptr_t *f) { rt_exit((int)f[0]); }

// func cgocaller(unsafe.Pointer, ...uintptr) uintptr: only reached with cgo.
void hook_syscall_cgocaller(void *f) { rt_fatal("cgo is not supported by goscape"); }

void hook_nothing(void *f) {}

// runtime.GOROOT() string
void hook_runtime_goroot(GoString *out) {
	const char *root = getenv("GOROOT");
	if (!root || !*root)
		root = "/usr/lib/go-1.19";
	*out = (GoString){(const uint8_t *)root, (intptr_t)strlen(root)};
}
