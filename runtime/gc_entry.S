// gc_entry.S - gc_spill_and_collect(forced): the way into a collection.
//
// Pushes every callee-saved register, so that a pointer the mutator keeps
// only in a register sits on the stack, then calls gc_collect(forced, sp)
// with sp pointing at those pushes. The collector scans the stack from
// there up: the collector's own frames below it are never scanned, so
// leftovers of earlier calls in them cannot keep dead objects alive.
#include "asm.h"
	.text
	.globl gc_spill_and_collect
	.type gc_spill_and_collect, @function
gc_spill_and_collect:
	PUSH_CALLEE_SAVED
	movq %rsp, %rsi
	subq $8, %rsp            // 16-byte alignment at the call
	call gc_collect
	addq $8, %rsp
	POP_CALLEE_SAVED
	ret
	.size gc_spill_and_collect, .-gc_spill_and_collect
	.section .note.GNU-stack,"",@progbits
