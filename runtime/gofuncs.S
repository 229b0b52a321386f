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

// The body-less functions of goscape's runtime package (lib/runtime):
// C functions of no argument; a result goes to 16(%rbp), the first word
// after the (empty) argument area.
.macro GO_CALLS_C name, cfunc, result
	.globl \name
	.type \name, @function
\name:
	pushq %rbp
	movq %rsp, %rbp
	call \cfunc
.if \result
	movq %rax, 16(%rbp)
.endif
	popq %rbp
	ret
	.size \name, .-\name
.endm
	GO_CALLS_C runtime.GC, runtime_gc, 0
	GO_CALLS_C runtime.Gosched, runtime_gosched, 0
	GO_CALLS_C runtime.NumGoroutine, runtime_numgoroutine, 1
	GO_CALLS_C runtime.NumCPU, runtime_numcpu, 1

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

// func getitab(inter, typ *rtype, canfail bool) unsafe.Pointer of
// goscape's internal/reflectlite (lib/): runtime_getitab in the Go
// convention (arguments at 16(%rbp), the result at 40(%rbp)). A Go call
// leaves %rsp 16-byte aligned, so after the push it is aligned for C.
	.globl internal$reflectlite.getitab
	.type internal$reflectlite.getitab, @function
internal$reflectlite.getitab:
	pushq %rbp
	movq %rsp, %rbp
	movq 16(%rbp), %rdi
	movq 24(%rbp), %rsi
	movzbl 32(%rbp), %edx
	call runtime_getitab
	movq %rax, 40(%rbp)
	popq %rbp
	ret
	.size internal$reflectlite.getitab, .-internal$reflectlite.getitab
	.section .note.GNU-stack,"",@progbits
