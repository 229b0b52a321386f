mixed_iface_compare.go:8:7: leaking param: e to result ~r0 level=1
mixed_iface_compare.go:56:14: ... argument does not escape
mixed_iface_compare.go:56:15: "nil x" escapes to heap
mixed_iface_compare.go:60:14: ... argument does not escape
mixed_iface_compare.go:60:15: "nil e" escapes to heap
mixed_iface_compare.go:62:13: ... argument does not escape
mixed_iface_compare.go:62:16: x == (interface {})(e) escapes to heap
mixed_iface_compare.go:62:24: e == nil escapes to heap
mixed_iface_compare.go:63:6: &E{...} does not escape
mixed_iface_compare.go:64:6: &E{...} does not escape
mixed_iface_compare.go:65:13: ... argument does not escape
mixed_iface_compare.go:65:16: x == (interface {})(e) escapes to heap
mixed_iface_compare.go:66:16: Ss{...} does not escape
mixed_iface_compare.go:66:16: Ss{...} does not escape
mixed_iface_compare.go:67:24: Ss{...} does not escape
mixed_iface_compare.go:67:24: Ss{...} does not escape
mixed_iface_compare.go:68:8: func literal does not escape
mixed_iface_compare.go:68:28: ... argument does not escape
mixed_iface_compare.go:68:29: "recovered:" escapes to heap
mixed_iface_compare.go:69:13: ... argument does not escape
mixed_iface_compare.go:69:17: (interface {})(st) == a escapes to heap
mixed_iface_compare.go:15:7: &E{...} does not escape
mixed_iface_compare.go:18:13: ... argument does not escape
mixed_iface_compare.go:18:16: x == (interface {})(e) escapes to heap
mixed_iface_compare.go:18:24: (interface {})(e) == x escapes to heap
mixed_iface_compare.go:18:32: x != (interface {})(e) escapes to heap
mixed_iface_compare.go:18:40: p == e escapes to heap
mixed_iface_compare.go:18:48: e == p escapes to heap
mixed_iface_compare.go:18:56: x == p escapes to heap
mixed_iface_compare.go:18:64: p == x escapes to heap
mixed_iface_compare.go:19:6: 5 does not escape
mixed_iface_compare.go:20:13: ... argument does not escape
mixed_iface_compare.go:20:16: y == 5 escapes to heap
mixed_iface_compare.go:20:24: 5 == y escapes to heap
mixed_iface_compare.go:20:32: y == "5" escapes to heap
mixed_iface_compare.go:20:42: y != 6 escapes to heap
mixed_iface_compare.go:21:18: V{...} does not escape
mixed_iface_compare.go:22:13: ... argument does not escape
mixed_iface_compare.go:22:17: ve == V{...} escapes to heap
mixed_iface_compare.go:22:31: V{...} == ve escapes to heap
mixed_iface_compare.go:22:41: ve == error(V{...}) escapes to heap
mixed_iface_compare.go:22:49: error(V{...}) does not escape
mixed_iface_compare.go:23:28: []int{...} does not escape
mixed_iface_compare.go:23:28: []int{...} does not escape
mixed_iface_compare.go:24:13: ... argument does not escape
mixed_iface_compare.go:24:17: sl == 5 escapes to heap
mixed_iface_compare.go:27:14: ... argument does not escape
mixed_iface_compare.go:27:15: "a" escapes to heap
mixed_iface_compare.go:29:14: ... argument does not escape
mixed_iface_compare.go:29:15: "five" escapes to heap
mixed_iface_compare.go:33:14: ... argument does not escape
mixed_iface_compare.go:33:15: "is e" escapes to heap
mixed_iface_compare.go:37:14: ... argument does not escape
mixed_iface_compare.go:37:15: "is p" escapes to heap
mixed_iface_compare.go:41:14: ... argument does not escape
mixed_iface_compare.go:41:15: "is V1" escapes to heap
mixed_iface_compare.go:49:7: s does not escape
