ssa_copy.go:8:9: d does not escape
ssa_copy.go:8:12: s does not escape
ssa_copy.go:10:10: d does not escape
ssa_copy.go:10:20: s does not escape
ssa_copy.go:12:10: s does not escape
ssa_copy.go:19:12: []int{...} escapes to heap
ssa_copy.go:20:13: ... argument does not escape
ssa_copy.go:20:16: cp(a[1:], a) escapes to heap
ssa_copy.go:20:16: a escapes to heap
ssa_copy.go:21:13: ... argument does not escape
ssa_copy.go:21:16: cp(a, a[2:]) escapes to heap
ssa_copy.go:21:16: a escapes to heap
ssa_copy.go:22:13: ... argument does not escape
ssa_copy.go:22:16: cp(a, a) escapes to heap
ssa_copy.go:22:16: a escapes to heap
ssa_copy.go:23:13: ... argument does not escape
ssa_copy.go:23:16: cp(a[:2], []int{...}) escapes to heap
ssa_copy.go:23:29: []int{...} does not escape
ssa_copy.go:23:16: a escapes to heap
ssa_copy.go:24:13: ... argument does not escape
ssa_copy.go:24:16: cp(nil, a) escapes to heap
ssa_copy.go:24:28: cp(a, nil) escapes to heap
ssa_copy.go:24:40: cp(a[:0], a) escapes to heap
ssa_copy.go:24:54: cp(nil, nil) escapes to heap
ssa_copy.go:24:54: a escapes to heap
ssa_copy.go:25:11: make([]byte, 5) does not escape
ssa_copy.go:26:13: ... argument does not escape
ssa_copy.go:26:17: cps(b, "hi") escapes to heap
ssa_copy.go:26:34: string(b[:2]) escapes to heap
ssa_copy.go:26:34: string(b[:2]) escapes to heap
ssa_copy.go:26:46: cps(b, "goscape!") escapes to heap
ssa_copy.go:26:69: string(b) escapes to heap
ssa_copy.go:26:69: string(b) escapes to heap
ssa_copy.go:26:77: cps(b[:0], "x") escapes to heap
ssa_copy.go:27:12: []int{...} escapes to heap
ssa_copy.go:30:14: ... argument does not escape
ssa_copy.go:30:14: p escapes to heap
