div2_fconst.go:34:27: []int64{...} does not escape
div2_fconst.go:37:14: ... argument does not escape
div2_fconst.go:37:14: x escapes to heap
div2_fconst.go:37:14: q escapes to heap
div2_fconst.go:37:14: r escapes to heap
div2_fconst.go:37:14: q4 escapes to heap
div2_fconst.go:37:14: r4 escapes to heap
div2_fconst.go:37:36: x / 2 == q escapes to heap
div2_fconst.go:37:46: x % 2 == r escapes to heap
div2_fconst.go:39:27: []int32{...} does not escape
div2_fconst.go:40:14: ... argument does not escape
div2_fconst.go:40:14: .autotmp_6 escapes to heap
div2_fconst.go:40:14: .autotmp_7 escapes to heap
div2_fconst.go:42:29: []float64{...} does not escape
div2_fconst.go:43:14: ... argument does not escape
div2_fconst.go:43:14: .autotmp_9 escapes to heap
div2_fconst.go:43:14: .autotmp_10 escapes to heap
div2_fconst.go:50:12: ... argument does not escape
div2_fconst.go:50:13: s escapes to heap
div2_fconst.go:50:35: int64(s * 1e9) escapes to heap
