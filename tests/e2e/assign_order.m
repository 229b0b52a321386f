assign_order.go:16:11: leaking param: s
assign_order.go:16:21: leaking param: p to result ~r0 level=0
assign_order.go:21:10: leaking param: s
assign_order.go:26:21: m does not escape
assign_order.go:26:39: p does not escape
assign_order.go:27:8: func literal does not escape
assign_order.go:28:14: ... argument does not escape
assign_order.go:28:15: "recovered:" escapes to heap
assign_order.go:28:39: (<node RECOVERFP>) != nil escapes to heap
assign_order.go:28:47: "len(m) =" escapes to heap
assign_order.go:28:62: len(m) escapes to heap
assign_order.go:33:23: m does not escape
assign_order.go:33:41: s does not escape
assign_order.go:34:8: func literal does not escape
assign_order.go:35:14: ... argument does not escape
assign_order.go:35:15: "recovered:" escapes to heap
assign_order.go:35:39: (<node RECOVERFP>) != nil escapes to heap
assign_order.go:35:47: "m[b] =" escapes to heap
assign_order.go:35:58: m["b"] escapes to heap
assign_order.go:44:13: ... argument does not escape
assign_order.go:44:16: p == nil escapes to heap
assign_order.go:44:16: x escapes to heap
assign_order.go:47:21: map[string]int{...} does not escape
assign_order.go:50:13: ... argument does not escape
assign_order.go:50:13: trace escapes to heap
assign_order.go:50:13: v escapes to heap
assign_order.go:50:13: ok escapes to heap
assign_order.go:52:7: &node{...} does not escape
assign_order.go:55:13: ... argument does not escape
assign_order.go:55:16: n == nil escapes to heap
assign_order.go:55:27: old.val escapes to heap
assign_order.go:57:15: &struct { inner struct { n int } }{} does not escape
assign_order.go:60:13: ... argument does not escape
assign_order.go:60:16: r == nil escapes to heap
assign_order.go:60:34: keep.inner.n escapes to heap
assign_order.go:62:12: []int{...} escapes to heap
assign_order.go:65:13: ... argument does not escape
assign_order.go:65:13: i escapes to heap
assign_order.go:65:13: a escapes to heap
assign_order.go:67:31: map[string]int{} does not escape
assign_order.go:68:33: map[string]int{} does not escape
assign_order.go:68:42: []int{} does not escape
