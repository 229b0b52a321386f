slice_empty_base.go:11:11: p does not escape
slice_empty_base.go:17:13: ... argument does not escape
slice_empty_base.go:17:41: base(unsafe.Pointer(&tail)) - base(unsafe.Pointer(&s)) escapes to heap
slice_empty_base.go:17:94: base(unsafe.Pointer(&mid)) - base(unsafe.Pointer(&s)) escapes to heap
slice_empty_base.go:19:11: make([]int32, 5, 8) does not escape
slice_empty_base.go:23:13: ... argument does not escape
slice_empty_base.go:23:42: base(unsafe.Pointer(&atCap)) - base(unsafe.Pointer(&b)) escapes to heap
slice_empty_base.go:23:98: base(unsafe.Pointer(&inside)) - base(unsafe.Pointer(&b)) escapes to heap
slice_empty_base.go:24:6: len(inside) escapes to heap
slice_empty_base.go:24:19: cap(inside) escapes to heap
slice_empty_base.go:24:32: len(atCap) escapes to heap
slice_empty_base.go:24:44: cap(atCap) escapes to heap
