generic_compare.go:10:11: unsafe.Pointer(t) does not escape
generic_compare.go:14:20: unsafe.Pointer(Pair[go.shape.string_0]{...}) does not escape
generic_compare.go:14:51: unsafe.Pointer(struct { a go.shape.string_0; b go.shape.string_0 }{...}) does not escape
generic_compare.go:23:11: unsafe.Pointer(t) does not escape
generic_compare.go:29:16: 1 does not escape
generic_compare.go:29:48: 0 does not escape
