exprspell.go:9:39: func literal escapes to heap
exprspell.go:13:13: ... argument does not escape
exprspell.go:13:14: - (-x) escapes to heap
exprspell.go:13:21: ^ (^x) escapes to heap
exprspell.go:13:28: ! (!b) escapes to heap
exprspell.go:13:35: -(^x) escapes to heap
exprspell.go:13:42: - (-x) escapes to heap
exprspell.go:13:48: -(*p) escapes to heap
exprspell.go:13:53: + (+x) escapes to heap
exprspell.go:18:13: ... argument does not escape
exprspell.go:18:19: .autotmp_3(5) escapes to heap
exprspell.go:18:29: .autotmp_4(q) escapes to heap
exprspell.go:19:7: func literal does not escape
exprspell.go:20:14: ... argument does not escape
exprspell.go:20:20: .autotmp_1(k) escapes to heap
exprspell.go:26:8: s + fmt.Sprintf("%d", ... argument...) escapes to heap
exprspell.go:26:21: ... argument does not escape
exprspell.go:26:34: uint32(n) escapes to heap
