generic_shapes.go:16:9: &Box[go.shape.int_0]{...} escapes to heap
generic_shapes.go:16:9: &Box[go.shape.string_0]{...} escapes to heap
generic_shapes.go:34:13: make([]go.shape.int_0, 0, n) escapes to heap
generic_shapes.go:44:13: ... argument does not escape
generic_shapes.go:44:19: (*Box[go.shape.int_0]).Get(&.dict.(*Box[int]).Get, b) escapes to heap
generic_shapes.go:44:28: (*Box[go.shape.string_0]).Get(&.dict.(*Box[string]).Get, c) escapes to heap
generic_shapes.go:45:13: ... argument does not escape
generic_shapes.go:45:17: Sum[go.shape.int_0](&.dict.Sum[int], []int{...}) escapes to heap
generic_shapes.go:45:23: []int{...} does not escape
generic_shapes.go:45:35: Sum[go.shape.float64_0](&.dict.Sum[main.Celsius], []Celsius{...}) escapes to heap
generic_shapes.go:45:45: []Celsius{...} does not escape
generic_shapes.go:45:56: Sum[go.shape.float64_0](&.dict.Sum[float64], []float64{...}) escapes to heap
generic_shapes.go:45:66: []float64{...} does not escape
generic_shapes.go:46:19: func literal does not escape
generic_shapes.go:47:13: ... argument does not escape
generic_shapes.go:47:17: len(sq) escapes to heap
generic_shapes.go:22:19: ... argument does not escape
generic_shapes.go:22:21: unsafe.Pointer(b.val) escapes to heap
generic_shapes.go:22:19: ... argument does not escape
generic_shapes.go:22:21: unsafe.Pointer(b.val) escapes to heap
