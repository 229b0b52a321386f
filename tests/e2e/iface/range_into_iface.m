range_into_iface.go:13:54: ... argument does not escape
range_into_iface.go:13:71: float64(c) escapes to heap
range_into_iface.go:60:7: moved to heap: a
range_into_iface.go:19:27: []int{...} does not escape
range_into_iface.go:21:13: ... argument does not escape
range_into_iface.go:26:13: ... argument does not escape
range_into_iface.go:29:35: map[string]point{...} does not escape
range_into_iface.go:31:13: ... argument does not escape
range_into_iface.go:39:13: ... argument does not escape
range_into_iface.go:43:14: ... argument does not escape
range_into_iface.go:48:26: []error{...} does not escape
range_into_iface.go:50:12: ... argument does not escape
range_into_iface.go:53:31: []string{...} does not escape
range_into_iface.go:55:13: ... argument does not escape
range_into_iface.go:55:13: slots escapes to heap
range_into_iface.go:59:27: []point{...} does not escape
range_into_iface.go:61:27: []point{...} does not escape
range_into_iface.go:65:13: ... argument does not escape
