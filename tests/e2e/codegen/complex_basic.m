complex_basic.go:11:13: ... argument does not escape
complex_basic.go:11:18: real(d) escapes to heap
complex_basic.go:11:27: imag(d) escapes to heap
complex_basic.go:11:27: d escapes to heap
complex_basic.go:13:13: ... argument does not escape
complex_basic.go:13:13: e escapes to heap
complex_basic.go:13:17: -e escapes to heap
complex_basic.go:13:23: e == e escapes to heap
complex_basic.go:13:31: e != c escapes to heap
complex_basic.go:13:39: c == complex(1, 2) escapes to heap
complex_basic.go:16:13: ... argument does not escape
complex_basic.go:16:13: f escapes to heap
complex_basic.go:16:13: g escapes to heap
complex_basic.go:16:24: real(g) escapes to heap
complex_basic.go:16:33: imag(f) escapes to heap
complex_basic.go:16:48: complex128(g) escapes to heap
complex_basic.go:17:12: ... argument does not escape
complex_basic.go:17:29: mul(c, complex(1, 3)) escapes to heap
complex_basic.go:17:52: mul(d, d) escapes to heap
complex_basic.go:18:25: map[complex128]int{...} does not escape
complex_basic.go:19:13: ... argument does not escape
complex_basic.go:19:15: m[c] escapes to heap
complex_basic.go:19:21: m[d] escapes to heap
complex_basic.go:19:29: len(m) escapes to heap
