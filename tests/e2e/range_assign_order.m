range_assign_order.go:8:12: []int{...} escapes to heap
range_assign_order.go:9:12: []int{...} does not escape
range_assign_order.go:14:13: ... argument does not escape
range_assign_order.go:14:13: i escapes to heap
range_assign_order.go:14:13: x escapes to heap
range_assign_order.go:16:21: map[string]int{} escapes to heap
range_assign_order.go:18:36: map[string]int{...} does not escape
range_assign_order.go:20:13: ... argument does not escape
range_assign_order.go:20:13: k escapes to heap
range_assign_order.go:22:13: []rune{...} does not escape
range_assign_order.go:25:14: ... argument does not escape
range_assign_order.go:25:14: j escapes to heap
range_assign_order.go:25:24: string(r) escapes to heap
range_assign_order.go:25:24: string(r) escapes to heap
