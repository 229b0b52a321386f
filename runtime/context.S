// context.S - the machine-level half of goroutines and defer: switching
// stacks (between goroutines, and main's off the OS stack), the first frame of a new goroutine, calling deferred Go
// closures, and jumping back into a frame that recovered a panic.
#include "asm.h"
#include "abi.h"
	.text

// void sched_switch(uintptr_t *save_sp, uintptr_t new_sp)
// Pushes the callee-saved registers, saves %rsp, and continues the other
// goroutine where it called sched_switch (or at sched_gostart). The pushed
// registers sit on the suspended stack, so the collector sees them.
	.globl sched_switch
	.type sched_switch, @function
sched_switch:
	PUSH_CALLEE_SAVED
	movq %rsp, (%rdi)
	movq %rsi, %rsp
	POP_CALLEE_SAVED
	ret
	.size sched_switch, .-sched_switch

// _Noreturn void stack_call_on(uintptr_t sp, void (*fn)(void), uintptr_t fp)
// Leaves the current stack for good: calls fn with %rsp = sp (16-byte
// aligned) and %rbp = fp, where fn's frame pointer chain continues (0:
// nowhere). How main gets its stack, and the overflow report its own.
	.globl stack_call_on
	.type stack_call_on, @function
stack_call_on:
	movq %rdi, %rsp
	movq %rdx, %rbp
	call *%rsi
	ud2
	.size stack_call_on, .-stack_call_on

// A new goroutine's stack holds six zero registers and this address, so
// the first switch to it "returns" here.
	.globl sched_gostart
	.type sched_gostart, @function
sched_gostart:
	xorl %ebp, %ebp
	andq $-16, %rsp
	call sched_goentry
	ud2
	.size sched_gostart, .-sched_gostart

// void defer_call_go(void *closure, const void *args, uintptr_t argsize, uintptr_t *argp_out)
// Like runtime_call_go, for closures: the code address is the closure's
// first word and the closure goes in %rdx. Reports where the callee's
// incoming area is, which is how recover() knows its caller is the
// deferred function itself.
	.globl defer_call_go
	.type defer_call_go, @function
defer_call_go:
	GO_CALL_ENTER                // %r12 closure, %r13 args, %r14 argsize, %rbx argp_out
	testq %rbx, %rbx
	jz 1f
	movq %rsp, (%rbx)
1:	GO_CALL_COPY_ARGS_IN
	movq %r12, %rdx
	call *(%r12)
	GO_CALL_LEAVE
	.size defer_call_go, .-defer_call_go

// void runtime_deferframe_push(GoDeferFrame *f, void *landing)
// Records the caller's %rsp (as it is around its calls), %rbp and the
// callee-saved registers (the tree walker's code never changes them and
// functions with defers are not compiled through SSA, so these are the
// values its own caller expects back), then links f (defer.c).
	.globl runtime_deferframe_push
	.type runtime_deferframe_push, @function
runtime_deferframe_push:
	leaq 8(%rsp), %rax
	movq %rsi, ABI_DEFER_LANDING(%rdi)
	movq %rax, ABI_DEFER_RSP(%rdi)
	movq %rbp, ABI_DEFER_RBP(%rdi)
	movq %rbx, ABI_DEFER_RBX(%rdi)
	movq %r12, ABI_DEFER_RBX+8(%rdi)
	movq %r13, ABI_DEFER_RBX+16(%rdi)
	movq %r14, ABI_DEFER_RBX+24(%rdi)
	movq %r15, ABI_DEFER_RBX+32(%rdi)
	jmp defer_frame_link
	.size runtime_deferframe_push, .-runtime_deferframe_push

// _Noreturn void defer_resume(GoDeferFrame *f): continue at f->landing as
// if the function's last call had just returned.
	.globl defer_resume
	.type defer_resume, @function
defer_resume:
	movq ABI_DEFER_RBX(%rdi), %rbx
	movq ABI_DEFER_RBX+8(%rdi), %r12
	movq ABI_DEFER_RBX+16(%rdi), %r13
	movq ABI_DEFER_RBX+24(%rdi), %r14
	movq ABI_DEFER_RBX+32(%rdi), %r15
	movq ABI_DEFER_RBP(%rdi), %rbp
	movq ABI_DEFER_RSP(%rdi), %rsp
	jmp *ABI_DEFER_LANDING(%rdi)
	.size defer_resume, .-defer_resume
	.section .note.GNU-stack,"",@progbits
