// gc_entry.S - gc_spill_and_collect(forced): the way into a collection.
//
// Pushes every callee-saved register, so that a pointer the mutator keeps
// only in a register sits on the stack, then calls gc_collect(forced, sp)
// with sp pointing at those pushes. The collector scans the stack from
// there up: the collector's own frames below it are never scanned, so
// leftovers of earlier calls in them cannot keep dead objects alive.
	.text
	.globl gc_spill_and_collect
	.type gc_spill_and_collect, @function
gc_spill_and_collect:
	pushq %rbp
	pushq %rbx
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, %rsi
	subq $8, %rsp            // 16-byte alignment at the call
	call gc_collect
	addq $8, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbx
	popq %rbp
	ret
	.size gc_spill_and_collect, .-gc_spill_and_collect
	.section .note.GNU-stack,"",@progbits
