generic_derived.go:8:13: ... argument does not escape
generic_derived.go:8:13: unsafe.Pointer(s) escapes to heap
generic_derived.go:8:13: unsafe.Pointer(b) escapes to heap
generic_derived.go:8:29: len(s) escapes to heap
generic_derived.go:12:2: moved to heap: x
