ssa_slices.go:9:10: s does not escape
ssa_slices.go:17:11: m does not escape
ssa_slices.go:25:11: leaking param: b to result ~r0 level=0
ssa_slices.go:35:20: swapEnds ignoring self-assignment in s[0], s[len(s) - 1] = s[len(s) - 1], s[0]
ssa_slices.go:35:20: swapEnds ignoring self-assignment in s[0], s[len(s) - 1] = s[len(s) - 1], s[0]
ssa_slices.go:31:15: leaking param: s to result ~r0 level=0
ssa_slices.go:39:11: leaking param: m to result first level=1
ssa_slices.go:39:11: leaking param: m to result last level=1
ssa_slices.go:43:9: s does not escape
ssa_slices.go:46:13: ... argument does not escape
ssa_slices.go:46:17: sum([]int{...}) escapes to heap
ssa_slices.go:46:23: []int{...} does not escape
ssa_slices.go:46:41: sum(nil) escapes to heap
ssa_slices.go:47:16: [][]int64{...} escapes to heap
ssa_slices.go:47:21: make([]int64, 3) escapes to heap
ssa_slices.go:47:39: make([]int64, 3) escapes to heap
ssa_slices.go:47:57: make([]int64, 3) escapes to heap
ssa_slices.go:49:13: ... argument does not escape
ssa_slices.go:49:13: m escapes to heap
ssa_slices.go:51:13: ... argument does not escape
ssa_slices.go:51:13: f escapes to heap
ssa_slices.go:51:13: l escapes to heap
ssa_slices.go:52:13: []byte{...} escapes to heap
ssa_slices.go:53:13: ... argument does not escape
ssa_slices.go:53:18: bump(b, 0) escapes to heap
ssa_slices.go:53:30: bump(b, 1) escapes to heap
ssa_slices.go:54:27: make([]int16, 3, 10) escapes to heap
ssa_slices.go:54:13: ... argument does not escape
ssa_slices.go:54:13: .autotmp_4 escapes to heap
ssa_slices.go:54:13: .autotmp_5 escapes to heap
ssa_slices.go:54:13: .autotmp_6 escapes to heap
ssa_slices.go:55:30: []int16{...} escapes to heap
ssa_slices.go:55:13: ... argument does not escape
ssa_slices.go:55:13: .autotmp_7 escapes to heap
ssa_slices.go:55:13: .autotmp_8 escapes to heap
ssa_slices.go:55:13: .autotmp_9 escapes to heap
ssa_slices.go:56:13: ... argument does not escape
ssa_slices.go:56:13: .autotmp_10 escapes to heap
ssa_slices.go:56:13: .autotmp_11 escapes to heap
ssa_slices.go:56:13: .autotmp_12 escapes to heap
ssa_slices.go:57:13: ... argument does not escape
ssa_slices.go:57:16: at([]int8{...}, 1) escapes to heap
ssa_slices.go:57:23: []int8{...} does not escape
ssa_slices.go:58:13: ... argument does not escape
ssa_slices.go:58:16: at([]int8{...}, -1) escapes to heap
ssa_slices.go:58:23: []int8{...} does not escape
