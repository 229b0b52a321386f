// asm.h - assembler macros shared by the runtime's .S files: the
// callee-saved register sequences and the frame that calls Go code.
// (Included through the C preprocessor, which finds it next to the .S
// file; the macros themselves are GAS .macro definitions.)

// All six System V callee-saved registers, %rbp first. sched_switch's
// suspended stacks and gc_spill_and_collect's scan window are laid out by
// this order (sched.c builds a new goroutine's stack to match).
.macro PUSH_CALLEE_SAVED
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
.endm

.macro POP_CALLEE_SAVED
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
.endm

// Entry to a C-callable function that calls Go code with a copied argument
// block: f(code, args, argsize, extra) keeps code in %r12, args in %r13,
// argsize in %r14 and extra in %rbx, and reserves argsize bytes at a
// 16-byte-aligned 0(%rsp) for the callee's incoming area.
.macro GO_CALL_ENTER
	pushq %rbp
	movq %rsp, %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	movq %rdi, %r12
	movq %rsi, %r13
	movq %rdx, %r14
	movq %rcx, %rbx
	subq %rdx, %rsp
	andq $-16, %rsp
.endm

// Copies the argument block (%r13, %r14 bytes) to the incoming area.
.macro GO_CALL_COPY_ARGS_IN
	movq %rsp, %rdi
	movq %r13, %rsi
	movq %r14, %rcx
	rep movsb
.endm

.macro GO_CALL_LEAVE
	leaq -32(%rbp), %rsp
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
.endm

// The word before the entry of every function Go code can hold as a func
// value: the address of its register ABI entry, 0 here (the runtime's
// functions have only the stack ABI's; the compiler's: codegen/emit.c's
// emit_entry_word, read by SSA callers of func values, ssa/abi.c).
.macro GO_ENTRY_WORD
	.p2align 4
	.skip 8, 0xcc
	.quad 0
.endm
