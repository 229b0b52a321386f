// signal.c - turns hardware faults into Go's reports: a fault at a low
// address is a nil dereference panic, a fault next to the stack pointer a
// stack overflow, anything else "unexpected fault address". The handler
// runs on its own stack so that stack overflows can be reported.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <ucontext.h>
#include "rt.h"
#include "sched.h"


static char altstack[64 * 1024];

static const char *signal_name(int sig) {
	switch (sig) {
	case SIGSEGV: return "SIGSEGV: segmentation violation";
	case SIGBUS: return "SIGBUS: bus error";
	case SIGFPE: return "SIGFPE: floating-point exception";
	}
	return "unknown signal";
}

static void on_fault(int sig, siginfo_t *info, void *ctx) {
	ucontext_t *uc = ctx;
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
	uintptr_t addr = (uintptr_t)info->si_addr;
	RtBuf b = {0};
	if (sig == SIGFPE) {
		buf_printf(&b, "panic: runtime error: integer divide by zero\n[signal %s code=0x%x addr=0x%lx pc=0x%lx]\n",
		           signal_name(sig), info->si_code, (unsigned long)addr, (unsigned long)pc);
	} else if (addr < 0x1000) {
		// The faulting goroutine raises the panic itself once we return.
		rt_sigpanic_redirect(ctx, addr, pc, signal_name(sig), info->si_code);
		return;
	} else if (addr + 65536 >= sp && addr < (uintptr_t)runtime_stack_top) {
		// Runtime C code ran past its stack's guard zone (Go code checks
		// its frames before using them: stack.c).
		runtime_morestack(sp);
	} else {
		buf_printf(&b, "unexpected fault address 0x%lx\nfatal error: fault\n"
		               "[signal %s code=0x%x addr=0x%lx pc=0x%lx]\n",
		           (unsigned long)addr, signal_name(sig), info->si_code, (unsigned long)addr,
		           (unsigned long)pc);
	}
	rt_stderr_write(b.p, b.len);
	rt_die_after_panic();
}

void rt_install_signals(void) {
	stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
	sigaltstack(&ss, NULL);
	struct sigaction sa = {0};
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
}
