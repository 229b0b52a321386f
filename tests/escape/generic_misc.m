generic_misc.go:17:9: "zero" escapes to heap
generic_misc.go:19:16: unsafe.Pointer(Box[go.shape.int_0]{...}) escapes to heap
