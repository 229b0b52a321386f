generic_misc.go:19:9: "zero" escapes to heap
generic_misc.go:21:16: unsafe.Pointer(Box[go.shape.int_0]{...}) escapes to heap
generic_misc.go:32:15: I[int](Box[int]{...}) escapes to heap
generic_misc.go:33:27: (interface { main.foo() })(myint(3)) escapes to heap
