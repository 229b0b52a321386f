// gofuncs.S - methods the runtime provides to Go code, written in the Go
// calling convention (receiver at 8(%rsp) on entry, results after it).
	.text
// func (e *errors.errorString) Error() string, also used for *fmt.wrapError:
// both structs start with the message string.
	.globl runtime_errorString_Error
	.type runtime_errorString_Error, @function
runtime_errorString_Error:
	movq 8(%rsp), %rax
	movq (%rax), %rcx
	movq %rcx, 16(%rsp)
	movq 8(%rax), %rcx
	movq %rcx, 24(%rsp)
	ret
	.size runtime_errorString_Error, .-runtime_errorString_Error

// func errors.New(text string) error, for code that calls it as an
// ordinary Go function (text at 8(%rsp) on entry, the result after it):
// forwards to the C errors_New(&result, &text).
	.globl errors.New
	.type errors.New, @function
errors.New:
	pushq %rbp
	movq %rsp, %rbp
	leaq 32(%rbp), %rdi
	leaq 16(%rbp), %rsi
	call errors_New
	popq %rbp
	ret
	.size errors.New, .-errors.New
	.section .note.GNU-stack,"",@progbits
