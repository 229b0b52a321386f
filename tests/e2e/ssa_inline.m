ssa_inline.go:13:10: p does not escape
ssa_inline.go:29:12: p does not escape
ssa_inline.go:33:8: func literal does not escape
ssa_inline.go:33:28: ... argument does not escape
ssa_inline.go:33:29: "recovered:" escapes to heap
ssa_inline.go:35:13: ... argument does not escape
ssa_inline.go:35:19: sumOf(q) escapes to heap
ssa_inline.go:39:8: func literal does not escape
ssa_inline.go:39:28: ... argument does not escape
ssa_inline.go:39:29: "recovered:" escapes to heap
ssa_inline.go:40:13: ... argument does not escape
ssa_inline.go:40:19: shlBy(1, n) escapes to heap
ssa_inline.go:54:13: ... argument does not escape
ssa_inline.go:54:17: int(norm(5) * 1e6) escapes to heap
ssa_inline.go:55:13: ... argument does not escape
ssa_inline.go:55:18: add8(100, 100) escapes to heap
ssa_inline.go:55:37: inRange(3, 0, 5) escapes to heap
ssa_inline.go:55:55: inRange(5, 0, 5) escapes to heap
ssa_inline.go:56:13: ... argument does not escape
ssa_inline.go:56:17: div(note(7), note(2)) escapes to heap
ssa_inline.go:56:17: trace escapes to heap
ssa_inline.go:57:13: ... argument does not escape
ssa_inline.go:57:20: second(note(1), 4000000000) escapes to heap
ssa_inline.go:59:13: ... argument does not escape
ssa_inline.go:59:17: sum(p) escapes to heap
ssa_inline.go:59:25: shl(1, 10) escapes to heap
ssa_inline.go:59:39: sumOf(p) escapes to heap
ssa_inline.go:59:49: shlBy(2, 3) escapes to heap
ssa_inline.go:63:13: ... argument does not escape
ssa_inline.go:63:17: div(10, zero) escapes to heap
