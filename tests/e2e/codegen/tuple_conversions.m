tuple_conversions.go:61:18: devirtualizing mi.M to R
tuple_conversions.go:8:7: leaking param: e to result ~r0 level=1
tuple_conversions.go:12:21: leaking param: e
tuple_conversions.go:12:60: ... argument does not escape
tuple_conversions.go:12:62: r.n escapes to heap
tuple_conversions.go:12:62: a escapes to heap
tuple_conversions.go:13:7: r does not escape
tuple_conversions.go:13:15: leaking param: a
tuple_conversions.go:13:30: leaking param: b
tuple_conversions.go:13:63: ... argument does not escape
tuple_conversions.go:13:65: r.n escapes to heap
tuple_conversions.go:17:40: &E{...} escapes to heap
tuple_conversions.go:19:10: xs does not escape
tuple_conversions.go:26:11: xs does not escape
tuple_conversions.go:27:17: xs does not escape
tuple_conversions.go:32:48: .autotmp_2 escapes to heap
tuple_conversions.go:34:18: leaking param: b
tuple_conversions.go:34:51: ... argument does not escape
tuple_conversions.go:34:51: a escapes to heap
tuple_conversions.go:39:13: ... argument does not escape
tuple_conversions.go:40:13: ... argument does not escape
tuple_conversions.go:40:13: .autotmp_2 escapes to heap
tuple_conversions.go:42:5: .autotmp_6 escapes to heap
tuple_conversions.go:43:13: ... argument does not escape
tuple_conversions.go:46:5: .autotmp_10 escapes to heap
tuple_conversions.go:47:13: ... argument does not escape
tuple_conversions.go:49:12: ... argument does not escape
tuple_conversions.go:49:12: .autotmp_15 escapes to heap
tuple_conversions.go:50:11: ... argument does not escape
tuple_conversions.go:50:22: fmt.Sprint(g()) escapes to heap
tuple_conversions.go:50:22: ... argument does not escape
tuple_conversions.go:50:22: .autotmp_16 escapes to heap
tuple_conversions.go:50:29: "\n" escapes to heap
tuple_conversions.go:51:18: .autotmp_19 escapes to heap
tuple_conversions.go:51:18: ... argument does not escape
tuple_conversions.go:52:19: .autotmp_20 escapes to heap
tuple_conversions.go:52:19: ... argument does not escape
tuple_conversions.go:62:12: leaking param: a
tuple_conversions.go:62:27: leaking param: e
tuple_conversions.go:68:17: leaking param: e
tuple_conversions.go:73:13: leaking param: a
tuple_conversions.go:73:20: leaking param: e
tuple_conversions.go:58:13: ... argument does not escape
tuple_conversions.go:58:17: r.M(g()) escapes to heap
tuple_conversions.go:59:13: ... argument does not escape
tuple_conversions.go:59:17: r.P(g()) escapes to heap
tuple_conversions.go:59:17: .autotmp_3 escapes to heap
tuple_conversions.go:60:14: r does not escape
tuple_conversions.go:61:13: ... argument does not escape
tuple_conversions.go:61:18: mi.M(g()) escapes to heap
tuple_conversions.go:62:7: func literal does not escape
tuple_conversions.go:62:62: ... argument does not escape
tuple_conversions.go:62:63: "f" escapes to heap
tuple_conversions.go:63:13: ... argument does not escape
tuple_conversions.go:63:15: f(g()) escapes to heap
tuple_conversions.go:63:15: .autotmp_9 escapes to heap
tuple_conversions.go:64:13: ... argument does not escape
tuple_conversions.go:64:17: sum(gi()) escapes to heap
tuple_conversions.go:64:17: ... argument does not escape
tuple_conversions.go:64:29: anyv(gi()) escapes to heap
tuple_conversions.go:64:29: ... argument does not escape
tuple_conversions.go:64:29: .autotmp_13 does not escape
tuple_conversions.go:64:29: .autotmp_14 does not escape
tuple_conversions.go:64:40: pre(three()) escapes to heap
tuple_conversions.go:64:40: ... argument does not escape
tuple_conversions.go:64:54: pre(gi()) escapes to heap
tuple_conversions.go:64:54: ... argument does not escape
tuple_conversions.go:65:9: r.M does not escape
tuple_conversions.go:66:13: ... argument does not escape
tuple_conversions.go:66:16: mv(g()) escapes to heap
tuple_conversions.go:68:5: func literal escapes to heap
tuple_conversions.go:69:14: ... argument does not escape
tuple_conversions.go:69:15: "go" escapes to heap
tuple_conversions.go:69:15: a escapes to heap
tuple_conversions.go:73:8: func literal does not escape
tuple_conversions.go:73:40: ... argument does not escape
tuple_conversions.go:73:41: "deferred" escapes to heap
tuple_conversions.go:73:60: .autotmp_26 escapes to heap
tuple_conversions.go:74:19: .autotmp_28 escapes to heap
tuple_conversions.go:74:19: .autotmp_29 escapes to heap
tuple_conversions.go:74:19: .autotmp_30 escapes to heap
tuple_conversions.go:74:19: ... argument does not escape
tuple_conversions.go:75:17: .autotmp_31 escapes to heap
tuple_conversions.go:75:17: ... argument does not escape
tuple_conversions.go:76:29: map[string]interface {}{} escapes to heap
tuple_conversions.go:78:10: 5 escapes to heap
tuple_conversions.go:79:13: ... argument does not escape
tuple_conversions.go:79:13: ok escapes to heap
tuple_conversions.go:81:8: &E{...} escapes to heap
tuple_conversions.go:82:13: ... argument does not escape
tuple_conversions.go:84:18: &E{...} escapes to heap
tuple_conversions.go:85:13: ... argument does not escape
tuple_conversions.go:85:13: es escapes to heap
tuple_conversions.go:85:21: len(es) escapes to heap
tuple_conversions.go:86:16: &E{...} escapes to heap
tuple_conversions.go:88:13: ... argument does not escape
tuple_conversions.go:88:19: x == (interface {})(e) escapes to heap
