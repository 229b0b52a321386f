builtin_spread.go:7:13: leaking param: b to result ~r0 level=0
builtin_spread.go:7:13: leaking param: b to result ~r1 level=0
builtin_spread.go:9:12: leaking param: m to result ~r0 level=0
builtin_spread.go:13:65: []interface {}{...} escapes to heap
builtin_spread.go:13:66: true escapes to heap
builtin_spread.go:18:13: ([]byte)("abcdef") does not escape
builtin_spread.go:20:13: ... argument does not escape
builtin_spread.go:20:13: n escapes to heap
builtin_spread.go:20:23: string(b) escapes to heap
builtin_spread.go:20:23: string(b) escapes to heap
builtin_spread.go:22:21: map[string]int{...} escapes to heap
builtin_spread.go:24:13: ... argument does not escape
builtin_spread.go:27:13: ... argument does not escape
builtin_spread.go:27:13: c escapes to heap
builtin_spread.go:27:24: (real(c)) * (imag(c)) escapes to heap
builtin_spread.go:29:21: .autotmp_11 escapes to heap
builtin_spread.go:29:21: .autotmp_12 escapes to heap
builtin_spread.go:36:20: "deferred first" escapes to heap
builtin_spread.go:36:19: ... argument does not escape
