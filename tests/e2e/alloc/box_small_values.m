box_small_values.go:30:12: leaking param: name
box_small_values.go:30:25: box does not escape
box_small_values.go:36:13: ... argument does not escape
box_small_values.go:36:13: name escapes to heap
box_small_values.go:36:29: mallocs() - before escapes to heap
box_small_values.go:43:44: []int{...} escapes to heap
box_small_values.go:44:26: func literal does not escape
box_small_values.go:44:61: i + 100 escapes to heap
box_small_values.go:45:25: func literal does not escape
box_small_values.go:45:60: i + 256 escapes to heap
box_small_values.go:46:25: func literal does not escape
box_small_values.go:46:61: -i - 1 escapes to heap
box_small_values.go:47:17: func literal does not escape
box_small_values.go:47:73: b[i % 4] escapes to heap
box_small_values.go:48:17: func literal does not escape
box_small_values.go:48:54: int8(-i) escapes to heap
box_small_values.go:49:17: func literal does not escape
box_small_values.go:49:54: i % 2 == 0 escapes to heap
box_small_values.go:50:25: func literal does not escape
box_small_values.go:50:64: uint16(i) escapes to heap
box_small_values.go:51:23: func literal does not escape
box_small_values.go:51:62: uint16(i + 1000) escapes to heap
box_small_values.go:52:24: func literal does not escape
box_small_values.go:52:62: int32(i) escapes to heap
box_small_values.go:53:25: func literal does not escape
box_small_values.go:53:69: float64(i) * 0 escapes to heap
box_small_values.go:54:24: func literal does not escape
box_small_values.go:54:68: float64(i) + 1 escapes to heap
box_small_values.go:55:25: func literal does not escape
box_small_values.go:55:69: float32(i) * 0 escapes to heap
box_small_values.go:56:33: func literal does not escape
box_small_values.go:56:71: small{...} escapes to heap
box_small_values.go:57:36: func literal does not escape
box_small_values.go:57:73: pair{...} escapes to heap
box_small_values.go:58:25: func literal does not escape
box_small_values.go:58:62: flag{...} escapes to heap
box_small_values.go:59:20: func literal does not escape
box_small_values.go:59:60: [2]byte{...} escapes to heap
box_small_values.go:60:25: func literal does not escape
box_small_values.go:60:58: empty escapes to heap
box_small_values.go:61:19: func literal does not escape
box_small_values.go:61:52: s escapes to heap
box_small_values.go:62:28: func literal does not escape
box_small_values.go:62:65: word{...} escapes to heap
box_small_values.go:63:22: func literal does not escape
box_small_values.go:63:55: nilSlice escapes to heap
box_small_values.go:64:18: func literal does not escape
box_small_values.go:64:51: someSlice escapes to heap
box_small_values.go:66:13: ... argument does not escape
box_small_values.go:68:13: ... argument does not escape
box_small_values.go:68:22: seen[3] == byte(99 * 7 % 256) escapes to heap
box_small_values.go:68:49: seen[5] == false escapes to heap
box_small_values.go:68:68: seen[16] == "" escapes to heap
box_small_values.go:68:92: seen[19].([]int) == nil escapes to heap
