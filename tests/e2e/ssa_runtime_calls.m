ssa_runtime_calls.go:11:11: make([]int, n, n + 2) escapes to heap
ssa_runtime_calls.go:34:12: make([]int, 4 + i % 3) escapes to heap
ssa_runtime_calls.go:45:10: leaking param: a to result ~r0 level=0
ssa_runtime_calls.go:45:13: b does not escape
ssa_runtime_calls.go:49:13: p does not escape
ssa_runtime_calls.go:55:13: leaking param: s to result ~r0 level=0
ssa_runtime_calls.go:59:11: b does not escape
ssa_runtime_calls.go:59:21: s does not escape
ssa_runtime_calls.go:63:10: leaking param: name
ssa_runtime_calls.go:63:23: f does not escape
ssa_runtime_calls.go:64:8: func literal does not escape
ssa_runtime_calls.go:65:14: ... argument does not escape
ssa_runtime_calls.go:65:14: name escapes to heap
ssa_runtime_calls.go:72:13: ... argument does not escape
ssa_runtime_calls.go:72:13: s escapes to heap
ssa_runtime_calls.go:72:20: len(s) escapes to heap
ssa_runtime_calls.go:72:28: cap(s) escapes to heap
ssa_runtime_calls.go:74:13: ... argument does not escape
ssa_runtime_calls.go:74:17: len(g) escapes to heap
ssa_runtime_calls.go:74:25: cap(g) escapes to heap
ssa_runtime_calls.go:74:25: moves escapes to heap
ssa_runtime_calls.go:74:38: g[0] escapes to heap
ssa_runtime_calls.go:74:44: g[1] escapes to heap
ssa_runtime_calls.go:74:50: g[1998] escapes to heap
ssa_runtime_calls.go:74:59: g[1999] escapes to heap
ssa_runtime_calls.go:75:13: ... argument does not escape
ssa_runtime_calls.go:75:18: rows(5000) escapes to heap
ssa_runtime_calls.go:77:13: ... argument does not escape
ssa_runtime_calls.go:77:13: c escapes to heap
ssa_runtime_calls.go:77:20: len(c) escapes to heap
ssa_runtime_calls.go:77:32: cap(c) >= 7 escapes to heap
ssa_runtime_calls.go:78:12: []int{...} escapes to heap
ssa_runtime_calls.go:80:13: ... argument does not escape
ssa_runtime_calls.go:80:13: p escapes to heap
ssa_runtime_calls.go:82:13: ... argument does not escape
ssa_runtime_calls.go:82:13: w escapes to heap
ssa_runtime_calls.go:82:20: len(w) escapes to heap
ssa_runtime_calls.go:82:28: cap(w) escapes to heap
ssa_runtime_calls.go:83:11: make([]byte, 5) does not escape
ssa_runtime_calls.go:84:13: ... argument does not escape
ssa_runtime_calls.go:84:18: fill(b, "hello, world") escapes to heap
ssa_runtime_calls.go:84:45: string(b) escapes to heap
ssa_runtime_calls.go:84:45: string(b) escapes to heap
ssa_runtime_calls.go:86:13: ... argument does not escape
ssa_runtime_calls.go:86:17: len(e) escapes to heap
ssa_runtime_calls.go:86:25: cap(e) escapes to heap
ssa_runtime_calls.go:87:18: func literal does not escape
ssa_runtime_calls.go:88:21: func literal does not escape
ssa_runtime_calls.go:89:22: func literal does not escape
ssa_runtime_calls.go:90:21: func literal does not escape
ssa_runtime_calls.go:91:17: func literal does not escape
