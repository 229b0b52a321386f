ssa_divconst.go:42:8: func literal does not escape
ssa_divconst.go:48:14: ... argument does not escape
ssa_divconst.go:48:14: x escapes to heap
ssa_divconst.go:48:23: div64(x) escapes to heap
ssa_divconst.go:48:35: divTree(x) escapes to heap
ssa_divconst.go:48:45: div32(int32(x)) escapes to heap
ssa_divconst.go:48:63: divu32(uint32(x)) escapes to heap
ssa_divconst.go:48:80: div8(int8(x)) escapes to heap
ssa_divconst.go:48:96: divu8(uint8(x)) escapes to heap
ssa_divconst.go:51:14: ... argument does not escape
ssa_divconst.go:51:14: x escapes to heap
ssa_divconst.go:51:24: divu64(x) escapes to heap
ssa_divconst.go:56:30: []int64{...} does not escape
ssa_divconst.go:66:13: ... argument does not escape
ssa_divconst.go:66:14: "bad" escapes to heap
ssa_divconst.go:66:14: bad escapes to heap
