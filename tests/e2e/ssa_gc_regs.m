ssa_gc_regs.go:15:18: leaking param: next
ssa_gc_regs.go:16:9: &node{...} escapes to heap
ssa_gc_regs.go:22:11: make([]int, 64 + a % 7) escapes to heap
ssa_gc_regs.go:30:12: leaking param: p
ssa_gc_regs.go:54:10: p does not escape
ssa_gc_regs.go:64:13: ... argument does not escape
ssa_gc_regs.go:64:13: .autotmp_0 escapes to heap
ssa_gc_regs.go:64:13: .autotmp_1 escapes to heap
ssa_gc_regs.go:65:13: ... argument does not escape
ssa_gc_regs.go:65:13: .autotmp_2 escapes to heap
ssa_gc_regs.go:65:13: .autotmp_3 escapes to heap
ssa_gc_regs.go:66:13: ... argument does not escape
ssa_gc_regs.go:66:13: .autotmp_4 escapes to heap
ssa_gc_regs.go:66:13: .autotmp_5 escapes to heap
ssa_gc_regs.go:67:13: ... argument does not escape
ssa_gc_regs.go:67:13: .autotmp_6 escapes to heap
ssa_gc_regs.go:67:13: .autotmp_7 escapes to heap
