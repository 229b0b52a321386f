// hooks.c - the functions without a Go body in GOROOT packages that
// goscape's runtime implements. Go's runtime provides them through
// //go:linkname or assembly (time.Sleep, syscall.RawSyscall6...); goscape's
// are C functions behind the Go-convention entry points of
// runtime/hooks.S. A GOROOT package compiles when every body-less
// function it has is listed here; a package listed here is also selected
// with its amd64 files (its assembly is these hooks), where another with
// assembly gets its portable files (see select_arch).
#include <string.h>

#include "driver.h"

static const struct {
	const char *pkg;
	const char *const *names;
} hooks[] = {
	{"syscall", (const char *const[]){"RawSyscall6", "rawSyscallNoError", "rawVforkSyscall", "gettimeofday",
	                                  "runtime_entersyscall", "runtime_exitsyscall",
	                                  "runtime_doAllThreadsSyscall", "cgocaller", "runtime_envs", "setenv_c",
	                                  "unsetenv_c", "runtime_BeforeFork", "runtime_AfterFork",
	                                  "runtime_AfterForkInChild", "runtime_BeforeExec", "runtime_AfterExec",
	                                  "Getpagesize", "Exit", NULL}},
	{"os", (const char *const[]){"runtime_args", "runtime_beforeExit", "sigpipe", "fastrand", NULL}},
	{"internal/poll", (const char *const[]){"runtime_Semacquire", "runtime_Semrelease", "runtimeNano",
	                                        "runtime_pollServerInit", "runtime_pollOpen", "runtime_pollClose",
	                                        "runtime_pollWait", "runtime_pollWaitCanceled", "runtime_pollReset",
	                                        "runtime_pollSetDeadline", "runtime_pollUnblock",
	                                        "runtime_isPollServerDescriptor", NULL}},
	// //go:linkname declarations of syscall's Go functions (aliases in hooks.S)
	{"internal/syscall/unix", (const char *const[]){"RecvfromInet4", "RecvfromInet6", "SendtoInet4",
	                                                "SendtoInet6", "SendmsgNInet4", "SendmsgNInet6",
	                                                "RecvmsgInet4", "RecvmsgInet6", NULL}},
	// sync/atomic's assembly, and the linknamed pinning of Value's first
	// store (a no-op: one thread runs every goroutine)
	{"sync/atomic",
	 (const char *const[]){"SwapInt32", "SwapInt64", "SwapUint32", "SwapUint64", "SwapUintptr", "SwapPointer",
	                       "CompareAndSwapInt32", "CompareAndSwapInt64", "CompareAndSwapUint32",
	                       "CompareAndSwapUint64", "CompareAndSwapUintptr", "CompareAndSwapPointer",
	                       "AddInt32", "AddUint32", "AddInt64", "AddUint64", "AddUintptr", "LoadInt32",
	                       "LoadInt64", "LoadUint32", "LoadUint64", "LoadUintptr", "LoadPointer", "StoreInt32",
	                       "StoreInt64", "StoreUint32", "StoreUint64", "StoreUintptr", "StorePointer",
	                       "runtime_procPin", "runtime_procUnpin", NULL}},
	// sync's runtime side: semaphores, Cond's notify lists, Pool's
	// pinning (one thread: P 0) and cleanup registration (pools are kept)
	{"sync", (const char *const[]){"throw", "fatal", "fastrandn", "runtime_Semacquire", "runtime_SemacquireMutex",
	                               "runtime_Semrelease", "runtime_notifyListAdd", "runtime_notifyListWait",
	                               "runtime_notifyListNotifyAll", "runtime_notifyListNotifyOne",
	                               "runtime_notifyListCheck", "runtime_canSpin", "runtime_doSpin",
	                               "runtime_nanotime", "runtime_registerPoolCleanup", "runtime_procPin",
	                               "runtime_procUnpin", "runtime_LoadAcquintptr", "runtime_StoreReluintptr", NULL}},
	{"time", (const char *const[]){"Sleep", "now", "runtimeNano", "startTimer", "stopTimer", "resetTimer",
	                               "modTimer", NULL}},
};

static int find_pkg(const char *pkg) {
	for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
		if (!strcmp(hooks[i].pkg, pkg))
			return (int)i;
	return -1;
}

bool runtime_hook(const char *pkg, const char *name) {
	int i = find_pkg(pkg);
	for (int k = 0; i >= 0 && hooks[i].names[k]; k++)
		if (!strcmp(hooks[i].names[k], name))
			return true;
	return false;
}

bool runtime_hooks_package(const char *pkg) { return find_pkg(pkg) >= 0; }

void list_runtime_hooks(FILE *out) {
	for (size_t i = 0; i < sizeof hooks / sizeof hooks[0]; i++)
		for (int k = 0; hooks[i].names[k]; k++)
			fprintf(out, "%s.%s\n", hooks[i].pkg, hooks[i].names[k]);
}
