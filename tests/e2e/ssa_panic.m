ssa_panic.go:13:9: xs does not escape
ssa_panic.go:20:19: fmt.Sprintf("index %d past %d", ... argument...) escapes to heap
ssa_panic.go:20:19: ... argument does not escape
ssa_panic.go:20:20: i escapes to heap
ssa_panic.go:20:46: len(xs) escapes to heap
ssa_panic.go:30:8: n escapes to heap
ssa_panic.go:34:12: f does not escape
ssa_panic.go:35:8: func literal does not escape
ssa_panic.go:38:14: ... argument does not escape
ssa_panic.go:38:15: "recovered:" escapes to heap
ssa_panic.go:38:15: isErr escapes to heap
ssa_panic.go:38:43: err == errNeg escapes to heap
ssa_panic.go:44:13: []int{...} does not escape
ssa_panic.go:45:13: ... argument does not escape
ssa_panic.go:45:16: at(xs, 1) escapes to heap
ssa_panic.go:45:29: sign(3) escapes to heap
ssa_panic.go:45:38: sign(-2) escapes to heap
ssa_panic.go:46:8: func literal does not escape
ssa_panic.go:47:8: func literal does not escape
ssa_panic.go:48:8: func literal does not escape
ssa_panic.go:49:13: ... argument does not escape
ssa_panic.go:49:16: at(xs, 3) escapes to heap
