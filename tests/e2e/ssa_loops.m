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
ssa_loops.go:84:11: s does not escape
ssa_loops.go:115:10: s does not escape
ssa_loops.go:124:14: make([]uint64, 1000 / 64 + 1) does not escape
ssa_loops.go:125:13: ... argument does not escape
ssa_loops.go:125:19: sieve(1000, bits) escapes to heap
ssa_loops.go:125:38: sieve(64, bits) escapes to heap
ssa_loops.go:125:55: sieve(2, bits) escapes to heap
ssa_loops.go:126:26: []uint{...} does not escape
ssa_loops.go:127:14: ... argument does not escape
ssa_loops.go:127:14: .autotmp_2 escapes to heap
ssa_loops.go:127:14: .autotmp_3 escapes to heap
ssa_loops.go:127:14: .autotmp_4 escapes to heap
ssa_loops.go:127:14: .autotmp_5 escapes to heap
ssa_loops.go:127:14: .autotmp_6 escapes to heap
ssa_loops.go:127:14: .autotmp_7 escapes to heap
ssa_loops.go:129:13: ... argument does not escape
ssa_loops.go:129:18: hash("") escapes to heap
ssa_loops.go:129:28: hash("goscape") escapes to heap
ssa_loops.go:129:45: hash("the quick brown fox") escapes to heap
ssa_loops.go:130:25: []int{...} does not escape
ssa_loops.go:131:14: ... argument does not escape
ssa_loops.go:131:14: .autotmp_9 escapes to heap
ssa_loops.go:131:14: .autotmp_10 escapes to heap
ssa_loops.go:131:14: .autotmp_11 escapes to heap
ssa_loops.go:131:14: .autotmp_12 escapes to heap
ssa_loops.go:133:13: ... argument does not escape
ssa_loops.go:133:18: ring([]int{...}) escapes to heap
ssa_loops.go:133:24: []int{...} does not escape
ssa_loops.go:134:25: []int{...} does not escape
ssa_loops.go:135:14: ... argument does not escape
ssa_loops.go:135:18: try(func literal) escapes to heap
ssa_loops.go:135:19: func literal does not escape
ssa_loops.go:135:66: string([]byte{...}) escapes to heap
ssa_loops.go:135:73: []byte{...} does not escape
ssa_loops.go:137:28: []int{...} does not escape
ssa_loops.go:138:14: ... argument does not escape
ssa_loops.go:138:18: try(func literal) escapes to heap
ssa_loops.go:138:19: func literal does not escape
ssa_loops.go:138:56: ([]byte)("hello") does not escape
ssa_loops.go:140:27: [][]int{...} does not escape
ssa_loops.go:140:28: []int{...} does not escape
ssa_loops.go:140:39: []int{...} does not escape
ssa_loops.go:141:14: ... argument does not escape
ssa_loops.go:141:18: try(func literal) escapes to heap
ssa_loops.go:141:19: func literal does not escape
ssa_loops.go:141:52: ... argument does not escape
ssa_loops.go:141:57: ends(s) escapes to heap
ssa_loops.go:143:25: []int{...} does not escape
ssa_loops.go:144:14: ... argument does not escape
ssa_loops.go:144:14: .autotmp_17 escapes to heap
ssa_loops.go:144:14: .autotmp_18 escapes to heap
ssa_loops.go:144:14: .autotmp_19 escapes to heap
ssa_loops.go:146:12: []int{...} does not escape
ssa_loops.go:147:13: ... argument does not escape
ssa_loops.go:147:17: sum(s, 3) escapes to heap
ssa_loops.go:147:28: sum(s, 0) escapes to heap
ssa_loops.go:148:13: ... argument does not escape
ssa_loops.go:148:17: sum(s, 4) escapes to heap
ssa_loops.go:52:6: index bounds check elided
ssa_loops.go:58:27: index bounds check elided
