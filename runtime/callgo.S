// callgo.S - runtime_call_go(fn, args, argsize, ctx): calls a Go function
// from C in goscape's stack convention (codegen/codegen.h). The argument
// block is copied to a 16-byte-aligned outgoing area at 0(%rsp) and copied
// back afterwards so the caller can read the results. Also
// rt_call_recovering, the C side's recover() (fmt's catchPanic).
#include "asm.h"
	.text
	.globl runtime_call_go
	.type runtime_call_go, @function
runtime_call_go:
	GO_CALL_ENTER                // %r12 fn, %r13 args, %r14 argsize, %rbx ctx
	GO_CALL_COPY_ARGS_IN
	movq %rbx, %rdx
	call *%r12
	movq %r13, %rdi              // copy the results back
	movq %rsp, %rsi
	movq %r14, %rcx
	rep movsb
	GO_CALL_LEAVE
	.size runtime_call_go, .-runtime_call_go

// bool rt_call_recovering(void (*fn)(void *), void *arg, RtRecovery *out)
// Calls the C function fn(arg) as if from a Go function with one deferred
// call that recovers (rt_recover_thunk): a panic inside fn stops here, and
// rt_call_recovering returns normally with out->recovered set (rt.h). The
// frame is laid out for the defer machinery (goscape.h): GoDeferFrame at
// 0(%rsp), the deferred call's one-word argument block (out) at 80(%rsp).
	.globl rt_call_recovering
	.type rt_call_recovering, @function
rt_call_recovering:
	pushq %rbp
	movq %rsp, %rbp
	pushq %rbx
	pushq %r12
	subq $96, %rsp
	movq %rdi, %rbx          // fn
	movq %rsi, %r12          // arg
	movq %rdx, 80(%rsp)
	movb $0, (%rdx)          // out->recovered = false
	movq %rsp, %rdi
	leaq 1f(%rip), %rsi
	call runtime_deferframe_push
	movq %rsp, %rdi
	leaq rt_recover_closure(%rip), %rsi
	leaq 80(%rsp), %rdx
	movl $8, %ecx
	call runtime_deferproc
	movq %r12, %rdi
	call *%rbx
	// A recovering panic resumes here with %rsp and %rbp as recorded.
1:	movq %rsp, %rdi
	call runtime_deferreturn
	movq 80(%rsp), %rax
	movzbl (%rax), %eax
	leaq -16(%rbp), %rsp
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.size rt_call_recovering, .-rt_call_recovering

// The deferred Go function of rt_call_recovering: func(out *RtRecovery),
// calling rt_recover_into(out, argp) with its own incoming area as argp,
// which is what lets recover() stop the panic.
	GO_ENTRY_WORD
	.type rt_recover_thunk, @function
rt_recover_thunk:
	pushq %rbp
	movq %rsp, %rbp
	movq 16(%rbp), %rdi
	leaq 16(%rbp), %rsi
	call rt_recover_into
	popq %rbp
	ret
	.size rt_recover_thunk, .-rt_recover_thunk

	.section .data.rel.ro,"aw"
	.p2align 3
rt_recover_closure:          // a Go func value: its first word is the code
	.quad rt_recover_thunk
	.text
	.section .note.GNU-stack,"",@progbits
