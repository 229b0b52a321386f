ssa_regabi.go:29:10: s does not escape
ssa_regabi.go:37:11: leaking param: s to result ~r0 level=0
ssa_regabi.go:49:9: s does not escape
ssa_regabi.go:51:10: s does not escape
ssa_regabi.go:54:12: s does not escape
ssa_regabi.go:69:25: []int{...} does not escape
ssa_regabi.go:69:13: ... argument does not escape
ssa_regabi.go:69:13: .autotmp_0 escapes to heap
ssa_regabi.go:69:13: .autotmp_1 escapes to heap
ssa_regabi.go:69:13: .autotmp_2 escapes to heap
ssa_regabi.go:69:13: .autotmp_3 escapes to heap
ssa_regabi.go:69:13: .autotmp_4 escapes to heap
ssa_regabi.go:69:13: .autotmp_5 escapes to heap
ssa_regabi.go:70:28: []int{...} does not escape
ssa_regabi.go:70:13: ... argument does not escape
ssa_regabi.go:70:13: .autotmp_6 escapes to heap
ssa_regabi.go:70:13: .autotmp_7 escapes to heap
ssa_regabi.go:72:13: ... argument does not escape
ssa_regabi.go:72:13: .autotmp_9 escapes to heap
ssa_regabi.go:72:13: .autotmp_10 escapes to heap
ssa_regabi.go:73:8: func literal does not escape
ssa_regabi.go:74:14: ... argument does not escape
ssa_regabi.go:74:15: "recovered:" escapes to heap
ssa_regabi.go:76:25: seven(1, 2, 3, 4, 5, 6, 7) escapes to heap
ssa_regabi.go:76:19: ... argument does not escape
ssa_regabi.go:77:12: []int{...} does not escape
ssa_regabi.go:78:13: ... argument does not escape
ssa_regabi.go:78:17: get(s, 2) escapes to heap
