ssa_closures.go:11:12: fs does not escape
ssa_closures.go:18:12: f does not escape
ssa_closures.go:23:11: leaking param: fs to result ~r0 level=1
ssa_closures.go:30:17: f does not escape
ssa_closures.go:37:11: f does not escape
ssa_closures.go:77:18: leaking param: f
ssa_closures.go:77:21: leaking param: g
ssa_closures.go:42:2: moved to heap: base
ssa_closures.go:43:2: moved to heap: counter
ssa_closures.go:44:6: moved to heap: hist
ssa_closures.go:42:15: []int{...} escapes to heap
ssa_closures.go:45:23: []func(int) int{...} does not escape
ssa_closures.go:46:3: func literal escapes to heap
ssa_closures.go:47:3: func literal escapes to heap
ssa_closures.go:48:3: func literal escapes to heap
ssa_closures.go:49:3: func literal escapes to heap
ssa_closures.go:50:3: func literal escapes to heap
ssa_closures.go:52:13: ... argument does not escape
ssa_closures.go:52:19: apply(fs, 7) escapes to heap
ssa_closures.go:52:19: counter escapes to heap
ssa_closures.go:52:40: len(hist) escapes to heap
ssa_closures.go:55:13: ... argument does not escape
ssa_closures.go:55:19: apply(fs, 7) escapes to heap
ssa_closures.go:55:19: counter escapes to heap
ssa_closures.go:55:40: len(hist) escapes to heap
ssa_closures.go:55:51: len(base) escapes to heap
ssa_closures.go:58:10: func literal does not escape
ssa_closures.go:59:13: ... argument does not escape
ssa_closures.go:59:13: .autotmp_7 escapes to heap
ssa_closures.go:59:13: .autotmp_8 escapes to heap
ssa_closures.go:62:12: func literal does not escape
ssa_closures.go:75:13: ... argument does not escape
ssa_closures.go:75:14: "collatz" escapes to heap
ssa_closures.go:75:14: total escapes to heap
ssa_closures.go:77:13: func literal does not escape
ssa_closures.go:78:10: func literal escapes to heap
ssa_closures.go:81:13: ... argument does not escape
ssa_closures.go:81:15: h(3) escapes to heap
ssa_closures.go:81:30: callOrZero(h, 5) escapes to heap
ssa_closures.go:81:48: callOrZero(pick(fs, 9), 5) escapes to heap
ssa_closures.go:81:76: callOrZero(pick(fs, 1), 5) escapes to heap
ssa_closures.go:83:8: func literal does not escape
ssa_closures.go:84:14: ... argument does not escape
ssa_closures.go:84:15: "recovered:" escapes to heap
ssa_closures.go:86:13: ... argument does not escape
ssa_closures.go:86:18: call(pick(fs, -1), 1) escapes to heap
