stmts.go:9:7: t does not escape
stmts.go:20:8: func literal does not escape
stmts.go:25:3: moved to heap: y
stmts.go:31:2: moved to heap: x
stmts.go:33:2: moved to heap: z
stmts.go:34:5: func literal escapes to heap
stmts.go:40:3: moved to heap: q
stmts.go:46:16: leaking param: i
stmts.go:50:18: f does not escape
stmts.go:50:32: leaking param: p
stmts.go:54:11: leaking param: p
stmts.go:61:11: leaking param: p
stmts.go:65:16: p does not escape
stmts.go:73:18: leaking param: p to result ~r0 level=0
stmts.go:78:8: (*B).selfSlice ignoring self-assignment in b.buf = b.buf[n:]
stmts.go:77:7: b does not escape
stmts.go:81:17: leaking param: i to result ~r0 level=0
stmts.go:89:17: leaking param: p to result ~r1 level=0
stmts.go:89:20: leaking param: q to result ~r0 level=0
stmts.go:93:12: leaking param: p to result r level=0
stmts.go:98:18: leaking param: t to result ~r0 level=0
stmts.go:105:2: moved to heap: x
stmts.go:112:16: leaking param: s to result ~r0 level=1
stmts.go:124:20: &T{} escapes to heap
stmts.go:125:14: func literal does not escape
stmts.go:127:3: &B{} does not escape
stmts.go:130:40: &T{} does not escape
