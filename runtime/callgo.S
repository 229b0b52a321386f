// callgo.S - runtime_call_go(fn, args, argsize, ctx): calls a Go function
// from C in goscape's stack convention (codegen/codegen.h). The argument
// block is copied to a 16-byte-aligned outgoing area at 0(%rsp) and copied
// back afterwards so the caller can read the results.
	.text
	.globl runtime_call_go
	.type runtime_call_go, @function
runtime_call_go:
	pushq %rbp
	movq %rsp, %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	movq %rdi, %r12          // fn
	movq %rsi, %r13          // args
	movq %rdx, %r14          // argsize
	movq %rcx, %rbx          // ctx
	subq %rdx, %rsp
	andq $-16, %rsp
	movq %rsp, %rdi
	movq %r13, %rsi
	movq %r14, %rcx
	rep movsb
	movq %rbx, %rdx
	call *%r12
	movq %r13, %rdi
	movq %rsp, %rsi
	movq %r14, %rcx
	rep movsb
	leaq -32(%rbp), %rsp
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.size runtime_call_go, .-runtime_call_go
	.section .note.GNU-stack,"",@progbits
