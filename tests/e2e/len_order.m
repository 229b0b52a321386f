len_order.go:6:11: make([]int, 1) does not escape
len_order.go:7:7: func literal does not escape
len_order.go:7:28: make([]int, 3) escapes to heap
len_order.go:11:7: func literal does not escape
len_order.go:14:10: make([]int, 1) does not escape
len_order.go:15:12: []int{...} does not escape
len_order.go:17:10: make([]int, 1) does not escape
len_order.go:19:10: make([]int, 1) does not escape
