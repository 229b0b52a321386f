regabi_thunk.go:60:7: devirtualizing a.add to *counter
regabi_thunk.go:18:11: s does not escape
regabi_thunk.go:18:21: leaking param: xs to result ~r1 level=0
regabi_thunk.go:19:11: s + "!" escapes to heap
regabi_thunk.go:24:7: c does not escape
regabi_thunk.go:31:12: f does not escape
regabi_thunk.go:36:13: leaking param: tag
regabi_thunk.go:37:13: ... argument does not escape
regabi_thunk.go:37:14: "deferred" escapes to heap
regabi_thunk.go:37:14: tag escapes to heap
regabi_thunk.go:37:14: n escapes to heap
regabi_thunk.go:46:13: ... argument does not escape
regabi_thunk.go:46:13: q escapes to heap
regabi_thunk.go:46:13: r escapes to heap
regabi_thunk.go:46:13: x escapes to heap
regabi_thunk.go:46:13: big escapes to heap
regabi_thunk.go:51:13: ... argument does not escape
regabi_thunk.go:51:13: .autotmp_1 escapes to heap
regabi_thunk.go:51:13: .autotmp_2 escapes to heap
regabi_thunk.go:52:13: ... argument does not escape
regabi_thunk.go:52:13: .autotmp_3 escapes to heap
regabi_thunk.go:52:13: .autotmp_4 escapes to heap
regabi_thunk.go:54:13: ... argument does not escape
regabi_thunk.go:54:13: .autotmp_6 escapes to heap
regabi_thunk.go:54:13: .autotmp_7 escapes to heap
regabi_thunk.go:56:25: []int{...} escapes to heap
regabi_thunk.go:57:13: ... argument does not escape
regabi_thunk.go:57:13: s escapes to heap
regabi_thunk.go:57:13: xs escapes to heap
regabi_thunk.go:57:24: len(xs) escapes to heap
regabi_thunk.go:57:33: cap(xs) escapes to heap
regabi_thunk.go:58:7: &counter{} does not escape
regabi_thunk.go:61:8: c.add does not escape
regabi_thunk.go:62:13: ... argument does not escape
regabi_thunk.go:62:15: m(4) escapes to heap
regabi_thunk.go:62:21: c.n escapes to heap
regabi_thunk.go:64:5: func literal escapes to heap
regabi_thunk.go:65:14: ... argument does not escape
regabi_thunk.go:65:14: .autotmp_0 escapes to heap
regabi_thunk.go:65:14: .autotmp_1 escapes to heap
