ssa_inline_bodies.go:14:7: c does not escape
ssa_inline_bodies.go:22:7: c does not escape
ssa_inline_bodies.go:28:51: ... argument does not escape
ssa_inline_bodies.go:28:58: int(c) / 100 escapes to heap
ssa_inline_bodies.go:28:64: "." escapes to heap
ssa_inline_bodies.go:28:75: int(c) % 100 escapes to heap
ssa_inline_bodies.go:52:11: leaking param: a to result ~r1 level=0
ssa_inline_bodies.go:52:14: leaking param: b to result ~r0 level=0
ssa_inline_bodies.go:54:12: s does not escape
ssa_inline_bodies.go:102:10: c does not escape
ssa_inline_bodies.go:102:22: xs does not escape
ssa_inline_bodies.go:116:7: &counter{} does not escape
ssa_inline_bodies.go:117:13: ... argument does not escape
ssa_inline_bodies.go:117:17: run(c, []int{...}) escapes to heap
ssa_inline_bodies.go:117:26: []int{...} does not escape
ssa_inline_bodies.go:117:51: c.n escapes to heap
ssa_inline_bodies.go:117:56: c.hits escapes to heap
ssa_inline_bodies.go:119:13: ... argument does not escape
ssa_inline_bodies.go:119:13: d escapes to heap
ssa_inline_bodies.go:119:13: m escapes to heap
ssa_inline_bodies.go:119:25: cents(705) escapes to heap
ssa_inline_bodies.go:120:13: ... argument does not escape
ssa_inline_bodies.go:120:19: sumTo(10) escapes to heap
ssa_inline_bodies.go:120:30: sumTo(0) escapes to heap
ssa_inline_bodies.go:122:13: ... argument does not escape
ssa_inline_bodies.go:122:13: q escapes to heap
ssa_inline_bodies.go:122:13: r escapes to heap
ssa_inline_bodies.go:122:13: trace escapes to heap
ssa_inline_bodies.go:124:13: ... argument does not escape
ssa_inline_bodies.go:124:13: a escapes to heap
ssa_inline_bodies.go:124:13: b escapes to heap
ssa_inline_bodies.go:124:25: first(nil) escapes to heap
ssa_inline_bodies.go:124:37: first([]int{...}) escapes to heap
ssa_inline_bodies.go:124:43: []int{...} does not escape
ssa_inline_bodies.go:125:13: ... argument does not escape
ssa_inline_bodies.go:125:22: popcount(0xff00ff) escapes to heap
ssa_inline_bodies.go:125:42: popcount(1 << 63 | 1) escapes to heap
ssa_inline_bodies.go:125:57: fact(10) escapes to heap
ssa_inline_bodies.go:125:67: even(10) escapes to heap
ssa_inline_bodies.go:125:76: odd(7) escapes to heap
ssa_inline_bodies.go:126:13: ... argument does not escape
ssa_inline_bodies.go:126:18: last(7) escapes to heap
ssa_inline_bodies.go:127:13: ... argument does not escape
ssa_inline_bodies.go:127:18: last(len(trace) - 2) escapes to heap
