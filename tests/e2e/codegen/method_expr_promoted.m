method_expr_promoted.go:63:17: partially devirtualizing i.M to S
method_expr_promoted.go:65:18: partially devirtualizing i2.M to PS
method_expr_promoted.go:17:7: i does not escape
method_expr_promoted.go:32:16: xs does not escape
method_expr_promoted.go:39:7: t does not escape
method_expr_promoted.go:43:7: m does not escape
method_expr_promoted.go:43:16: k does not escape
method_expr_promoted.go:54:2: moved to heap: s
method_expr_promoted.go:54:11: T1(4) escapes to heap
method_expr_promoted.go:57:13: ... argument does not escape
method_expr_promoted.go:57:15: f(s) escapes to heap
method_expr_promoted.go:57:21: g(&s) escapes to heap
method_expr_promoted.go:58:9: s.I1.M does not escape
method_expr_promoted.go:59:13: ... argument does not escape
method_expr_promoted.go:59:16: mv() escapes to heap
method_expr_promoted.go:61:13: ... argument does not escape
method_expr_promoted.go:61:18: ps.S.I1.M() escapes to heap
method_expr_promoted.go:61:26: PS.M(ps) escapes to heap
method_expr_promoted.go:62:13: s does not escape
method_expr_promoted.go:63:13: ... argument does not escape
method_expr_promoted.go:63:17: i.(S).I1.M() escapes to heap
method_expr_promoted.go:65:13: ... argument does not escape
method_expr_promoted.go:65:18: i2.(PS).S.I1.M() escapes to heap
method_expr_promoted.go:69:2: moved to heap: o
method_expr_promoted.go:71:13: ... argument does not escape
method_expr_promoted.go:71:15: f(o, 1) escapes to heap
method_expr_promoted.go:74:13: ... argument does not escape
method_expr_promoted.go:74:15: o.Inner.x escapes to heap
method_expr_promoted.go:76:13: ... argument does not escape
method_expr_promoted.go:76:15: h(&o, 2) escapes to heap
method_expr_promoted.go:77:18: &Inner{...} escapes to heap
method_expr_promoted.go:80:13: ... argument does not escape
method_expr_promoted.go:80:16: po.Inner.x escapes to heap
method_expr_promoted.go:80:30: POuter.Get(po, 1) escapes to heap
method_expr_promoted.go:86:2: moved to heap: t
method_expr_promoted.go:96:2: moved to heap: w
method_expr_promoted.go:99:2: moved to heap: wp
method_expr_promoted.go:88:15: ... argument does not escape
method_expr_promoted.go:88:13: ... argument does not escape
method_expr_promoted.go:88:13: .autotmp_2 escapes to heap
method_expr_promoted.go:88:13: .autotmp_3 escapes to heap
method_expr_promoted.go:89:13: ... argument does not escape
method_expr_promoted.go:89:13: .autotmp_4 escapes to heap
method_expr_promoted.go:89:13: .autotmp_5 escapes to heap
method_expr_promoted.go:90:8: M{...} does not escape
method_expr_promoted.go:92:13: ... argument does not escape
method_expr_promoted.go:92:15: g(&m, "x") escapes to heap
method_expr_promoted.go:92:31: M.Get(m, "x") escapes to heap
method_expr_promoted.go:93:13: ... argument does not escape
method_expr_promoted.go:94:20: "deferred" escapes to heap
method_expr_promoted.go:94:19: ... argument does not escape
method_expr_promoted.go:96:15: T{...} escapes to heap
method_expr_promoted.go:97:19: ... argument escapes to heap
method_expr_promoted.go:97:13: ... argument does not escape
method_expr_promoted.go:97:13: .autotmp_9 escapes to heap
method_expr_promoted.go:97:13: .autotmp_10 escapes to heap
method_expr_promoted.go:98:22: ... argument escapes to heap
method_expr_promoted.go:98:13: ... argument does not escape
method_expr_promoted.go:98:13: .autotmp_11 escapes to heap
method_expr_promoted.go:98:13: .autotmp_12 escapes to heap
method_expr_promoted.go:100:13: ... argument does not escape
method_expr_promoted.go:100:13: .autotmp_14 escapes to heap
method_expr_promoted.go:100:13: .autotmp_15 escapes to heap
method_expr_promoted.go:101:23: ... argument escapes to heap
method_expr_promoted.go:101:13: ... argument does not escape
method_expr_promoted.go:101:13: .autotmp_16 escapes to heap
method_expr_promoted.go:101:13: .autotmp_17 escapes to heap
method_expr_promoted.go:103:15: ... argument escapes to heap
method_expr_promoted.go:103:13: ... argument does not escape
method_expr_promoted.go:103:13: .autotmp_19 escapes to heap
method_expr_promoted.go:103:13: .autotmp_20 escapes to heap
method_expr_promoted.go:105:5: func literal escapes to heap
method_expr_promoted.go:107:14: ... argument does not escape
method_expr_promoted.go:107:15: "go" escapes to heap
method_expr_promoted.go:107:15: r escapes to heap
