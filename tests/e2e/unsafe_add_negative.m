unsafe_add_negative.go:12:13: ... argument does not escape
unsafe_add_negative.go:12:14: *(*int64)(unsafe.Add(end, -8)) escapes to heap
unsafe_add_negative.go:12:46: *(*int64)(unsafe.Add(end, -3 * 8)) escapes to heap
unsafe_add_negative.go:17:13: ... argument does not escape
unsafe_add_negative.go:17:14: *(*int64)(unsafe.Add(end, back)) escapes to heap
unsafe_add_negative.go:17:48: *(*int64)(unsafe.Add(start, fwd)) escapes to heap
unsafe_add_negative.go:17:83: *(*int64)(start) escapes to heap
