ssa_funclit.go:15:9: func literal escapes to heap
ssa_funclit.go:18:14: leaking param: f
ssa_funclit.go:18:17: leaking param: g
ssa_funclit.go:19:9: func literal escapes to heap
ssa_funclit.go:22:19: s does not escape
ssa_funclit.go:22:29: fs does not escape
ssa_funclit.go:23:7: func literal does not escape
ssa_funclit.go:35:21: func literal escapes to heap
ssa_funclit.go:41:9: func literal escapes to heap
ssa_funclit.go:42:10: func literal escapes to heap
ssa_funclit.go:47:9: func literal escapes to heap
ssa_funclit.go:50:12: leaking param: s
ssa_funclit.go:50:22: leaking param: b
ssa_funclit.go:51:9: func literal escapes to heap
ssa_funclit.go:51:41: s + string(b) escapes to heap
ssa_funclit.go:51:49: string(b) does not escape
ssa_funclit.go:56:13: ... argument does not escape
ssa_funclit.go:56:15: f(10) escapes to heap
ssa_funclit.go:56:29: .autotmp_1(8) escapes to heap
ssa_funclit.go:56:41: .autotmp_2(4) escapes to heap
ssa_funclit.go:57:13: ... argument does not escape
ssa_funclit.go:57:19: local(3, "abc", []float64{...}, pt{...}) escapes to heap
ssa_funclit.go:57:39: []float64{...} does not escape
ssa_funclit.go:59:12: ... argument does not escape
ssa_funclit.go:59:14: g() escapes to heap
ssa_funclit.go:59:18: " " escapes to heap
ssa_funclit.go:62:13: ... argument does not escape
ssa_funclit.go:62:26: .autotmp_5() escapes to heap
ssa_funclit.go:62:43: .autotmp_7() escapes to heap
ssa_funclit.go:63:28: ([]byte)("pher") escapes to heap
ssa_funclit.go:64:13: ... argument does not escape
ssa_funclit.go:64:13: w escapes to heap
ssa_funclit.go:64:13: c escapes to heap
ssa_funclit.go:69:13: ... argument does not escape
ssa_funclit.go:69:13: total escapes to heap
