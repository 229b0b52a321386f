// defer_signal.c - makes nil dereference faults ordinary panics: the
// signal handler (signal.c) rewrites the interrupted context so that the
// faulting goroutine itself calls the panic, on its own stack, as Go's
// sigpanic does. Deferred calls can then run and recover it, and the
// collector never runs on the signal stack.
#define _GNU_SOURCE
#include <ucontext.h>
#include "sched.h"

static struct {
	uintptr_t addr, pc;
	const char *signame;
	int code;
} fault;

// Entered as if called from the faulting instruction.
static _Noreturn void sigpanic(void) {
	rt_report_nil_deref(fault.addr, fault.pc, fault.signame, fault.code);
}

void rt_sigpanic_redirect(void *ucontext, uintptr_t addr, uintptr_t pc, const char *signame, int code) {
	ucontext_t *uc = ucontext;
	fault.addr = addr;
	fault.pc = pc;
	fault.signame = signame;
	fault.code = code;
	// Skip the red zone, keep the ABI's alignment at function entry, and
	// push the faulting pc + 1 as the return address: a traceback looks up
	// a return address - 1, the call's own line.
	uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
	sp = ((sp - 128) & ~(uintptr_t)15) - 8;
	*(uintptr_t *)sp = pc + 1;
	uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)sigpanic;
}
