// gofuncs.S - methods the runtime provides to Go code, written in the Go
// calling convention (receiver at 8(%rsp) on entry, results after it).
#include "asm.h"
	.text
// func (e *errors.errorString) Error() string, also used for *fmt.wrapError:
// both structs start with the message string.
	GO_ENTRY_WORD
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

// func (e *fmt.wrapError) Unwrap() error: the error after the message
// string (receiver at 8(%rsp), the result at 16(%rsp)).
	GO_ENTRY_WORD
	.globl runtime_wrapError_Unwrap
	.type runtime_wrapError_Unwrap, @function
runtime_wrapError_Unwrap:
	movq 8(%rsp), %rax
	movq 16(%rax), %rcx
	movq %rcx, 16(%rsp)
	movq 24(%rax), %rcx
	movq %rcx, 24(%rsp)
	ret
	.size runtime_wrapError_Unwrap, .-runtime_wrapError_Unwrap

	.section .note.GNU-stack,"",@progbits
