ssa_loops.go:12:19: bits does not escape
ssa_loops.go:37:11: s does not escape
ssa_loops.go:49:11: xs does not escape
ssa_loops.go:64:14: reverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
ssa_loops.go:64:14: reverse ignoring self-assignment in b[i], b[j] = b[j], b[i]
ssa_loops.go:61:14: b does not escape
ssa_loops.go:68:15: string(b) escapes to heap
ssa_loops.go:73:10: f does not escape
ssa_loops.go:74:8: func literal does not escape
ssa_loops.go:76:15: ... argument does not escape
ssa_loops.go:76:16: "recovered:" escapes to heap
ssa_loops.go:110:10: s does not escape
ssa_loops.go:119:14: make([]uint64, 1000 / 64 + 1) does not escape
ssa_loops.go:120:13: ... argument does not escape
ssa_loops.go:120:19: sieve(1000, bits) escapes to heap
ssa_loops.go:120:38: sieve(64, bits) escapes to heap
ssa_loops.go:120:55: sieve(2, bits) escapes to heap
ssa_loops.go:121:26: []uint{...} does not escape
ssa_loops.go:122:14: ... argument does not escape
ssa_loops.go:122:14: .autotmp_2 escapes to heap
ssa_loops.go:122:14: .autotmp_3 escapes to heap
ssa_loops.go:122:14: .autotmp_4 escapes to heap
ssa_loops.go:122:14: .autotmp_5 escapes to heap
ssa_loops.go:122:14: .autotmp_6 escapes to heap
ssa_loops.go:122:14: .autotmp_7 escapes to heap
ssa_loops.go:124:13: ... argument does not escape
ssa_loops.go:124:18: hash("") escapes to heap
ssa_loops.go:124:28: hash("goscape") escapes to heap
ssa_loops.go:124:45: hash("the quick brown fox") escapes to heap
ssa_loops.go:125:25: []int{...} does not escape
ssa_loops.go:126:14: ... argument does not escape
ssa_loops.go:126:14: .autotmp_9 escapes to heap
ssa_loops.go:126:14: .autotmp_10 escapes to heap
ssa_loops.go:126:14: .autotmp_11 escapes to heap
ssa_loops.go:126:14: .autotmp_12 escapes to heap
ssa_loops.go:128:13: ... argument does not escape
ssa_loops.go:128:18: ring([]int{...}) escapes to heap
ssa_loops.go:128:24: []int{...} does not escape
ssa_loops.go:129:25: []int{...} does not escape
ssa_loops.go:130:14: ... argument does not escape
ssa_loops.go:130:18: try(func literal) escapes to heap
ssa_loops.go:130:19: func literal does not escape
ssa_loops.go:130:66: string([]byte{...}) escapes to heap
ssa_loops.go:130:73: []byte{...} does not escape
ssa_loops.go:132:28: []int{...} does not escape
ssa_loops.go:133:14: ... argument does not escape
ssa_loops.go:133:18: try(func literal) escapes to heap
ssa_loops.go:133:19: func literal does not escape
ssa_loops.go:133:56: ([]byte)("hello") does not escape
ssa_loops.go:135:25: []int{...} does not escape
ssa_loops.go:136:14: ... argument does not escape
ssa_loops.go:136:14: .autotmp_16 escapes to heap
ssa_loops.go:136:14: .autotmp_17 escapes to heap
ssa_loops.go:136:14: .autotmp_18 escapes to heap
ssa_loops.go:138:12: []int{...} does not escape
ssa_loops.go:139:13: ... argument does not escape
ssa_loops.go:139:17: sum(s, 3) escapes to heap
ssa_loops.go:139:28: sum(s, 0) escapes to heap
ssa_loops.go:140:13: ... argument does not escape
ssa_loops.go:140:17: sum(s, 4) escapes to heap
ssa_loops.go:52:6: index bounds check elided
ssa_loops.go:58:27: index bounds check elided
