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

// func (e *fmt.wrapError) Unwrap() error: the error after the message
// string (receiver at 8(%rsp), the result at 16(%rsp)).
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

// func (f *os.File) Write(b []byte) (n int, err error) and
// WriteString(s string) (n int, err error) for os.Stdout and os.Stderr:
// os_file_write(f, ptr, len) in os.c. Frame: f at 16(%rbp), then b (24
// bytes) or s (16 bytes), then n at RESULT(%rbp) and a nil err.
.macro OS_FILE_WRITE name, result
	.globl \name
	.type \name, @function
\name:
	pushq %rbp
	movq %rsp, %rbp
	movq 16(%rbp), %rdi
	movq 24(%rbp), %rsi
	movq 32(%rbp), %rdx
	call os_file_write
	movq %rax, \result(%rbp)
	movq $0, \result+8(%rbp)
	movq $0, \result+16(%rbp)
	popq %rbp
	ret
	.size \name, .-\name
.endm
	OS_FILE_WRITE os.File.Write, 48
	OS_FILE_WRITE os.File.WriteString, 40

// func errors.New(text string) error, for code that calls it as an
// ordinary Go function (text at 8(%rsp) on entry, the result after it):
// forwards to the C errors_New(&result, &text). Weak: a program that
// compiles Go's errors package from source brings its own.
	.weak errors.New
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

// func os.Getenv(key string) string: the C os_getenv(&result, &key) in
// os.c.
	.globl os.Getenv
	.type os.Getenv, @function
os.Getenv:
	pushq %rbp
	movq %rsp, %rbp
	leaq 32(%rbp), %rdi
	leaq 16(%rbp), %rsi
	call os_getenv
	popq %rbp
	ret
	.size os.Getenv, .-os.Getenv

	.section .note.GNU-stack,"",@progbits
