generic_subdict.go:20:57: ... argument does not escape
generic_subdict.go:20:59: n.Name escapes to heap
generic_subdict.go:20:71: (*List[go.shape.int_0]).Len((*(*[5]uintptr)(unsafe.Pointer(.dict)))[.dict], n.List) escapes to heap
generic_subdict.go:28:7: func literal does not escape
generic_subdict.go:28:35: ... argument does not escape
generic_subdict.go:29:21: Count[go.shape.int_0]((*(*[5]uintptr)(unsafe.Pointer(.dict)))[.dict], ... argument...) + f(b) escapes to heap
generic_subdict.go:29:14: ... argument does not escape
generic_subdict.go:24:39: []go.shape.float64_0{...} escapes to heap
generic_subdict.go:34:6: unsafe.Pointer(v) does not escape
generic_subdict.go:36:12: len(Wrap[go.shape.float64_0]((*(*[8]uintptr)(unsafe.Pointer(.dict)))[.dict], v)) escapes to heap
generic_subdict.go:42:18: Count[go.shape.float64_0]((*(*[4]uintptr)(unsafe.Pointer(.dict)))[.dict], nil...) escapes to heap
generic_subdict.go:49:14: Count[go.shape.int_0]((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], s...) escapes to heap
generic_subdict.go:59:13: ... argument does not escape
generic_subdict.go:59:24: (*Named[go.shape.int_0]).Describe(&.dict.(*Named[int]).Describe, n) escapes to heap
generic_subdict.go:59:85: Celsius(1) does not escape
generic_subdict.go:59:105: []int{...} does not escape
