ssa_globals_fmt.go:17:10: leaking param: w
ssa_globals_fmt.go:24:13: leaking param: prefix
ssa_globals_fmt.go:25:18: ... argument does not escape
ssa_globals_fmt.go:25:19: prefix escapes to heap
ssa_globals_fmt.go:25:19: count escapes to heap
ssa_globals_fmt.go:25:19: total escapes to heap
ssa_globals_fmt.go:25:19: small escapes to heap
ssa_globals_fmt.go:25:19: ratio escapes to heap
ssa_globals_fmt.go:26:13: ... argument does not escape
ssa_globals_fmt.go:26:13: s escapes to heap
ssa_globals_fmt.go:26:20: len(s) escapes to heap
ssa_globals_fmt.go:30:12: p does not escape
ssa_globals_fmt.go:32:13: ... argument does not escape
ssa_globals_fmt.go:32:14: i escapes to heap
ssa_globals_fmt.go:32:48: words[i] escapes to heap
ssa_globals_fmt.go:32:58: words[i] escapes to heap
ssa_globals_fmt.go:32:73: float64(i) / 4 escapes to heap
ssa_globals_fmt.go:32:81: i % 2 == 0 escapes to heap
ssa_globals_fmt.go:32:93: ([]byte)(words[i]) escapes to heap
ssa_globals_fmt.go:32:93: ([]byte)(words[i]) escapes to heap
ssa_globals_fmt.go:34:11: ... argument does not escape
ssa_globals_fmt.go:34:12: "end" escapes to heap
ssa_globals_fmt.go:34:19: 1 escapes to heap
ssa_globals_fmt.go:34:22: 2 escapes to heap
ssa_globals_fmt.go:34:25: "\n" escapes to heap
ssa_globals_fmt.go:36:13: ... argument does not escape
ssa_globals_fmt.go:36:24: fmt.Sprint(... argument...) escapes to heap
ssa_globals_fmt.go:36:24: ... argument does not escape
ssa_globals_fmt.go:36:25: "a" escapes to heap
ssa_globals_fmt.go:36:30: 1 escapes to heap
ssa_globals_fmt.go:36:33: 2 escapes to heap
ssa_globals_fmt.go:36:36: "b" escapes to heap
ssa_globals_fmt.go:36:54: fmt.Sprintln(... argument...) escapes to heap
ssa_globals_fmt.go:36:54: ... argument does not escape
ssa_globals_fmt.go:36:55: "x" escapes to heap
ssa_globals_fmt.go:36:60: 3 escapes to heap
ssa_globals_fmt.go:36:66: p == nil escapes to heap
ssa_globals_fmt.go:36:76: p != nil escapes to heap
ssa_globals_fmt.go:42:14: make([]int, 4) does not escape
ssa_globals_fmt.go:43:14: make([]int, 20) does not escape
ssa_globals_fmt.go:61:13: ... argument does not escape
ssa_globals_fmt.go:61:16: r == report("now") escapes to heap
ssa_globals_fmt.go:61:41: scratch(100) escapes to heap
