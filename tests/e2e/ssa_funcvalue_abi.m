ssa_funcvalue_abi.go:20:7: p does not escape
ssa_funcvalue_abi.go:28:8: func literal does not escape
ssa_funcvalue_abi.go:32:21: s does not escape
ssa_funcvalue_abi.go:32:31: b does not escape
ssa_funcvalue_abi.go:33:18: s + "!" escapes to heap
ssa_funcvalue_abi.go:36:25: s does not escape
ssa_funcvalue_abi.go:36:35: b does not escape
ssa_funcvalue_abi.go:37:8: func literal does not escape
ssa_funcvalue_abi.go:38:24: "<" + s + ">" escapes to heap
ssa_funcvalue_abi.go:43:15: fs does not escape
ssa_funcvalue_abi.go:50:14: f does not escape
ssa_funcvalue_abi.go:50:91: leaking param: s
ssa_funcvalue_abi.go:50:101: leaking param: b
ssa_funcvalue_abi.go:54:15: f does not escape
ssa_funcvalue_abi.go:56:14: f does not escape
ssa_funcvalue_abi.go:56:37: leaking param: s
ssa_funcvalue_abi.go:58:15: f does not escape
ssa_funcvalue_abi.go:83:38: s does not escape
ssa_funcvalue_abi.go:83:48: b does not escape
ssa_funcvalue_abi.go:90:25: s does not escape
ssa_funcvalue_abi.go:63:18: P{...} escapes to heap
ssa_funcvalue_abi.go:65:23: []func(int) int{...} does not escape
ssa_funcvalue_abi.go:68:3: func literal does not escape
ssa_funcvalue_abi.go:69:3: func literal does not escape
ssa_funcvalue_abi.go:70:3: func literal does not escape
ssa_funcvalue_abi.go:70:27: func literal does not escape
ssa_funcvalue_abi.go:71:4: p.Sum does not escape
ssa_funcvalue_abi.go:72:7: (&p).Scale does not escape
ssa_funcvalue_abi.go:74:4: s.Sum does not escape
ssa_funcvalue_abi.go:75:3: func literal does not escape
ssa_funcvalue_abi.go:77:10: func literal escapes to heap
ssa_funcvalue_abi.go:79:14: ... argument does not escape
ssa_funcvalue_abi.go:79:23: callInts(fs, i) escapes to heap
ssa_funcvalue_abi.go:79:23: count escapes to heap
ssa_funcvalue_abi.go:79:23: p escapes to heap
ssa_funcvalue_abi.go:81:42: []int{...} escapes to heap
ssa_funcvalue_abi.go:81:13: ... argument does not escape
ssa_funcvalue_abi.go:81:13: .autotmp_6 escapes to heap
ssa_funcvalue_abi.go:81:13: .autotmp_7 escapes to heap
ssa_funcvalue_abi.go:81:13: .autotmp_8 escapes to heap
ssa_funcvalue_abi.go:81:13: .autotmp_9 escapes to heap
ssa_funcvalue_abi.go:82:43: make([]int, 2, 5) escapes to heap
ssa_funcvalue_abi.go:82:13: ... argument does not escape
ssa_funcvalue_abi.go:82:13: .autotmp_10 escapes to heap
ssa_funcvalue_abi.go:82:13: .autotmp_11 escapes to heap
ssa_funcvalue_abi.go:82:13: .autotmp_12 escapes to heap
ssa_funcvalue_abi.go:82:13: .autotmp_13 escapes to heap
ssa_funcvalue_abi.go:83:22: func literal does not escape
ssa_funcvalue_abi.go:84:28: s + s escapes to heap
ssa_funcvalue_abi.go:85:21: []int{...} escapes to heap
ssa_funcvalue_abi.go:83:13: ... argument does not escape
ssa_funcvalue_abi.go:83:13: .autotmp_14 escapes to heap
ssa_funcvalue_abi.go:83:13: .autotmp_15 escapes to heap
ssa_funcvalue_abi.go:83:13: .autotmp_16 escapes to heap
ssa_funcvalue_abi.go:83:13: .autotmp_17 escapes to heap
ssa_funcvalue_abi.go:86:24: p.Both does not escape
ssa_funcvalue_abi.go:86:13: ... argument does not escape
ssa_funcvalue_abi.go:86:13: .autotmp_18 escapes to heap
ssa_funcvalue_abi.go:86:13: .autotmp_19 escapes to heap
ssa_funcvalue_abi.go:87:30: P{...}.Both does not escape
ssa_funcvalue_abi.go:87:13: ... argument does not escape
ssa_funcvalue_abi.go:87:13: .autotmp_20 escapes to heap
ssa_funcvalue_abi.go:87:13: .autotmp_21 escapes to heap
ssa_funcvalue_abi.go:88:13: ... argument does not escape
ssa_funcvalue_abi.go:88:21: callStr(strings.ToUpper, "upper") escapes to heap
ssa_funcvalue_abi.go:88:56: callStr(strings.TrimSpace, "  trim  ") escapes to heap
ssa_funcvalue_abi.go:89:13: ... argument does not escape
ssa_funcvalue_abi.go:89:22: callNone(runtime.NumGoroutine) escapes to heap
ssa_funcvalue_abi.go:90:13: ... argument does not escape
ssa_funcvalue_abi.go:90:19: Twice[go.shape.string_0](&.dict.Twice[string], func literal, "ab") escapes to heap
ssa_funcvalue_abi.go:90:20: func literal does not escape
ssa_funcvalue_abi.go:90:53: s + s escapes to heap
