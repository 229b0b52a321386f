alloc.go:11:12: []int{...} does not escape
alloc.go:16:14: []int{...} escapes to heap
alloc.go:20:11: make([]int, 10) does not escape
alloc.go:25:11: make([]int, n) escapes to heap
alloc.go:30:11: make([]int, 100000) escapes to heap
alloc.go:35:6: moved to heap: a
alloc.go:40:10: new([100000]int) escapes to heap
alloc.go:50:16: leaking param: p
alloc.go:56:18: leaking param: s to result ~r0 level=0
alloc.go:60:14: leaking param: a to result ~r0 level=0
alloc.go:71:6: moved to heap: a
alloc.go:75:14: b does not escape
alloc.go:76:15: string(b) escapes to heap
alloc.go:79:19: b does not escape
alloc.go:80:13: string(b) does not escape
alloc.go:84:16: s does not escape
alloc.go:85:13: ([]byte)(s) does not escape
alloc.go:89:19: s does not escape
alloc.go:90:13: ([]byte)(s) escapes to heap
alloc.go:93:13: a does not escape
alloc.go:93:16: b does not escape
alloc.go:94:11: a + b escapes to heap
alloc.go:97:18: a does not escape
alloc.go:97:21: b does not escape
alloc.go:98:15: a + b does not escape
alloc.go:101:13: leaking param: p
alloc.go:102:22: map[string]*int{...} does not escape
alloc.go:106:13: m does not escape
alloc.go:106:32: leaking param: k
alloc.go:106:42: leaking param: v
alloc.go:111:11: make(map[int]int) does not escape
alloc.go:116:15: c does not escape
alloc.go:116:28: leaking param: p
alloc.go:120:13: dst does not escape
alloc.go:120:18: leaking param content: src
alloc.go:125:2: moved to heap: x
alloc.go:128:36: &[4]int{} does not escape
