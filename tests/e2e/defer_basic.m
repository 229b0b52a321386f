defer_basic.go:8:21: "deferred" escapes to heap
defer_basic.go:8:21: i escapes to heap
defer_basic.go:8:20: ... argument does not escape
defer_basic.go:10:13: ... argument does not escape
defer_basic.go:10:14: "body done" escapes to heap
defer_basic.go:14:8: func literal does not escape
defer_basic.go:20:8: func literal does not escape
defer_basic.go:22:20: ... argument does not escape
defer_basic.go:30:13: ... argument does not escape
defer_basic.go:30:20: triple() escapes to heap
defer_basic.go:32:20: "x at defer time:" escapes to heap
defer_basic.go:32:20: x escapes to heap
defer_basic.go:32:19: ... argument does not escape
defer_basic.go:34:13: ... argument does not escape
defer_basic.go:34:13: .autotmp_1 escapes to heap
defer_basic.go:35:13: ... argument does not escape
defer_basic.go:35:13: .autotmp_3 escapes to heap
defer_basic.go:36:13: ... argument does not escape
defer_basic.go:36:14: "x now" escapes to heap
defer_basic.go:36:14: x escapes to heap
