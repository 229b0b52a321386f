generic_local.go:7:46: fmt.Sprint(... argument...) escapes to heap
generic_local.go:7:46: ... argument does not escape
generic_local.go:7:46: unsafe.Pointer(x) escapes to heap
generic_local.go:7:46: fmt.Sprint(... argument...) escapes to heap
generic_local.go:7:46: ... argument does not escape
generic_local.go:7:46: unsafe.Pointer(x) escapes to heap
generic_local.go:11:13: ... argument does not escape
generic_local.go:16:13: ... argument does not escape
