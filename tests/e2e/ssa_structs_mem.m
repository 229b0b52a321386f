ssa_structs_mem.go:15:7: v does not escape
ssa_structs_mem.go:27:7: s does not escape
ssa_structs_mem.go:34:11: ps does not escape
ssa_structs_mem.go:66:9: ps does not escape
ssa_structs_mem.go:70:12: leaking param: s to result ~r0 level=0
ssa_structs_mem.go:75:13: []Vec{...} escapes to heap
ssa_structs_mem.go:77:13: ... argument does not escape
ssa_structs_mem.go:77:13: out escapes to heap
ssa_structs_mem.go:77:13: ps escapes to heap
ssa_structs_mem.go:77:13: origin escapes to heap
ssa_structs_mem.go:78:13: ... argument does not escape
ssa_structs_mem.go:78:13: .autotmp_2 escapes to heap
ssa_structs_mem.go:78:13: .autotmp_3 escapes to heap
ssa_structs_mem.go:79:13: ... argument does not escape
ssa_structs_mem.go:79:16: at(ps, 2) escapes to heap
ssa_structs_mem.go:79:25: *field(&origin) escapes to heap
ssa_structs_mem.go:80:8: func literal does not escape
ssa_structs_mem.go:81:14: ... argument does not escape
ssa_structs_mem.go:81:15: "recovered:" escapes to heap
ssa_structs_mem.go:82:14: ... argument does not escape
ssa_structs_mem.go:84:13: ... argument does not escape
ssa_structs_mem.go:84:16: at(ps, 3) escapes to heap
