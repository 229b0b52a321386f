ssa_bce.go:11:9: s does not escape
ssa_bce.go:13:13: s does not escape
ssa_bce.go:22:12: s does not escape
ssa_bce.go:30:19: s does not escape
ssa_bce.go:38:13: s does not escape
ssa_bce.go:46:19: s does not escape
ssa_bce.go:47:8: func literal does not escape
ssa_bce.go:49:15: ... argument does not escape
ssa_bce.go:49:16: "recovered:" escapes to heap
ssa_bce.go:63:11: s does not escape
ssa_bce.go:72:12: []int{...} does not escape
ssa_bce.go:73:13: ... argument does not escape
ssa_bce.go:73:20: sumAll(s) escapes to heap
ssa_bce.go:73:31: sumAll(nil) escapes to heap
ssa_bce.go:74:13: ... argument does not escape
ssa_bce.go:74:13: .autotmp_1 escapes to heap
ssa_bce.go:74:13: .autotmp_2 escapes to heap
ssa_bce.go:74:13: .autotmp_3 escapes to heap
ssa_bce.go:75:13: ... argument does not escape
ssa_bce.go:75:13: .autotmp_4 escapes to heap
ssa_bce.go:75:13: .autotmp_5 escapes to heap
ssa_bce.go:75:13: .autotmp_6 escapes to heap
ssa_bce.go:76:13: ... argument does not escape
ssa_bce.go:76:19: guard(2, s, -1) escapes to heap
