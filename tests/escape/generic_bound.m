generic_bound.go:10:6: unsafe.Pointer(v) escapes to heap
generic_bound.go:11:19: fmt.Sprint(... argument...) escapes to heap
generic_bound.go:11:19: ... argument does not escape
generic_bound.go:11:28: (func(go.shape.float64_0) string)(&(*(*[4]uintptr)(unsafe.Pointer(.dict)))[.dict])(v) escapes to heap
generic_bound.go:11:40: s.String() escapes to heap
generic_bound.go:16:3: unsafe.Pointer(a) escapes to heap
generic_bound.go:18:2: unsafe.Pointer(b) escapes to heap
generic_bound.go:27:13: ... argument does not escape
