generic_shapemethod.go:13:24: moved to heap: v
generic_shapemethod.go:20:12: []go.shape.float64_0{...} escapes to heap
generic_shapemethod.go:13:24: moved to heap: v
