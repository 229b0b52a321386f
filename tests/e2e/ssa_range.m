ssa_range.go:7:10: s does not escape
ssa_range.go:14:10: s does not escape
ssa_range.go:32:13: m does not escape
ssa_range.go:48:13: ... argument does not escape
ssa_range.go:48:17: sum([]int{...}) escapes to heap
ssa_range.go:48:23: []int{...} does not escape
ssa_range.go:48:38: sum(nil) escapes to heap
ssa_range.go:49:25: []int16{...} does not escape
ssa_range.go:49:13: ... argument does not escape
ssa_range.go:49:13: .autotmp_0 escapes to heap
ssa_range.go:49:13: .autotmp_1 escapes to heap
ssa_range.go:50:13: ... argument does not escape
ssa_range.go:50:20: nested([][]int64{...}) escapes to heap
ssa_range.go:50:30: [][]int64{...} does not escape
ssa_range.go:50:31: []int64{...} does not escape
ssa_range.go:50:39: []int64{...} does not escape
ssa_range.go:50:49: []int64{...} does not escape
