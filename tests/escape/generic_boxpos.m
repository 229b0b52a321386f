generic_boxpos.go:12:11: leaking param: s
generic_boxpos.go:15:2: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:19:6: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:20:23: map[int]Stringer{} does not escape
generic_boxpos.go:21:4: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:23:5: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:24:18: []Stringer{...} does not escape
generic_boxpos.go:24:19: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:26:15: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:27:6: unsafe.Pointer(v) escapes to heap
generic_boxpos.go:27:6: unsafe.Pointer(v) escapes to heap
