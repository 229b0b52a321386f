ssa_divmod.go:28:15: string(buf[i:]) escapes to heap
ssa_divmod.go:42:27: []int64{...} does not escape
ssa_divmod.go:43:14: ... argument does not escape
ssa_divmod.go:43:21: digits(n) escapes to heap
ssa_divmod.go:45:28: []uint32{...} does not escape
ssa_divmod.go:46:14: ... argument does not escape
ssa_divmod.go:46:14: .autotmp_2 escapes to heap
ssa_divmod.go:46:14: .autotmp_3 escapes to heap
ssa_divmod.go:46:14: .autotmp_4 escapes to heap
ssa_divmod.go:46:14: .autotmp_5 escapes to heap
ssa_divmod.go:48:25: []int{...} does not escape
ssa_divmod.go:50:14: ... argument does not escape
ssa_divmod.go:50:14: x escapes to heap
ssa_divmod.go:50:22: even(x) escapes to heap
ssa_divmod.go:50:30: by8(int32(x)) escapes to heap
ssa_divmod.go:50:46: by16(int8(x * 3)) escapes to heap
ssa_divmod.go:50:63: oddU(uint64(x)) escapes to heap
ssa_divmod.go:50:63: r escapes to heap
ssa_divmod.go:50:63: z escapes to heap
