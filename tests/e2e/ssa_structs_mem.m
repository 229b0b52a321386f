ssa_structs_mem.go:15:7: v does not escape
ssa_structs_mem.go:27:7: s does not escape
ssa_structs_mem.go:34:11: ps does not escape
ssa_structs_mem.go:70:9: ps does not escape
ssa_structs_mem.go:74:12: leaking param: s to result ~r0 level=0
ssa_structs_mem.go:79:13: []Vec{...} escapes to heap
ssa_structs_mem.go:81:13: ... argument does not escape
ssa_structs_mem.go:81:13: out escapes to heap
ssa_structs_mem.go:81:13: ps escapes to heap
ssa_structs_mem.go:81:13: origin escapes to heap
ssa_structs_mem.go:82:13: ... argument does not escape
ssa_structs_mem.go:82:13: .autotmp_2 escapes to heap
ssa_structs_mem.go:82:13: .autotmp_3 escapes to heap
ssa_structs_mem.go:83:13: ... argument does not escape
ssa_structs_mem.go:83:16: at(ps, 2) escapes to heap
ssa_structs_mem.go:83:25: *field(&origin) escapes to heap
ssa_structs_mem.go:84:8: func literal does not escape
ssa_structs_mem.go:85:14: ... argument does not escape
ssa_structs_mem.go:85:15: "recovered:" escapes to heap
ssa_structs_mem.go:86:14: ... argument does not escape
ssa_structs_mem.go:88:13: ... argument does not escape
ssa_structs_mem.go:88:16: at(ps, 3) escapes to heap
