generic_shapebody.go:22:13: ... argument does not escape
generic_shapebody.go:22:20: &last == nil escapes to heap
generic_shapebody.go:26:12: []go.shape.float64_0{...} escapes to heap
generic_shapebody.go:30:12: [][]go.shape.float64_0{...} does not escape
generic_shapebody.go:30:23: func literal does not escape
generic_shapebody.go:22:13: ... argument does not escape
generic_shapebody.go:22:20: &last == nil escapes to heap
generic_shapebody.go:26:12: []go.shape.*uint8_0{...} escapes to heap
generic_shapebody.go:30:12: [][]go.shape.*uint8_0{...} does not escape
generic_shapebody.go:30:23: func literal does not escape
generic_shapebody.go:22:13: ... argument does not escape
generic_shapebody.go:22:20: &last == nil escapes to heap
generic_shapebody.go:34:19: []Pair[go.shape.string_0,go.shape.struct { Key int; Val main.Celsius }_1]{...} does not escape
generic_shapebody.go:34:29: func literal does not escape
generic_shapebody.go:22:13: ... argument does not escape
generic_shapebody.go:22:20: &last == nil escapes to heap
generic_shapebody.go:39:6: &Foo{...} escapes to heap
generic_shapebody.go:42:18: [][]Celsius{...} does not escape
generic_shapebody.go:42:19: []Celsius{...} escapes to heap
generic_shapebody.go:42:25: func literal does not escape
generic_shapebody.go:22:13: ... argument does not escape
generic_shapebody.go:22:20: &last == nil escapes to heap
generic_shapebody.go:22:13: ... argument does not escape
generic_shapebody.go:22:20: &last == nil escapes to heap
