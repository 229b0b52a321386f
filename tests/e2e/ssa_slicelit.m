ssa_slicelit.go:15:10: xs does not escape
ssa_slicelit.go:23:35: []int{...} escapes to heap
ssa_slicelit.go:25:40: []string{...} escapes to heap
ssa_slicelit.go:28:13: []int{...} does not escape
ssa_slicelit.go:34:14: []int{...} escapes to heap
ssa_slicelit.go:38:13: ... argument does not escape
ssa_slicelit.go:38:17: sum(primes()) escapes to heap
ssa_slicelit.go:38:34: words() escapes to heap
ssa_slicelit.go:38:43: local(4) escapes to heap
ssa_slicelit.go:38:53: order() escapes to heap
ssa_slicelit.go:39:16: []float64{} does not escape
ssa_slicelit.go:40:13: ... argument does not escape
ssa_slicelit.go:40:16: e == nil escapes to heap
ssa_slicelit.go:40:27: len(e) escapes to heap
ssa_slicelit.go:40:35: cap(e) escapes to heap
ssa_slicelit.go:41:17: []float64{...} escapes to heap
ssa_slicelit.go:42:14: []byte{...} does not escape
ssa_slicelit.go:43:12: []pt{...} escapes to heap
ssa_slicelit.go:44:13: []any{...} escapes to heap
ssa_slicelit.go:44:14: 1 escapes to heap
ssa_slicelit.go:44:17: "two" escapes to heap
ssa_slicelit.go:44:24: 3.5 escapes to heap
ssa_slicelit.go:44:31: pt{...} escapes to heap
ssa_slicelit.go:44:46: fs[1] escapes to heap
ssa_slicelit.go:45:17: [][]int{...} escapes to heap
ssa_slicelit.go:45:18: []int{...} escapes to heap
ssa_slicelit.go:45:23: []int{...} escapes to heap
ssa_slicelit.go:45:36: []int{} escapes to heap
ssa_slicelit.go:46:13: ... argument does not escape
ssa_slicelit.go:46:13: fs escapes to heap
ssa_slicelit.go:46:24: string(bs) escapes to heap
ssa_slicelit.go:46:24: string(bs) escapes to heap
ssa_slicelit.go:46:24: ps escapes to heap
ssa_slicelit.go:46:24: vs escapes to heap
ssa_slicelit.go:46:24: nest escapes to heap
ssa_slicelit.go:46:47: len(nest[2]) escapes to heap
ssa_slicelit.go:46:66: nest[3] == nil escapes to heap
ssa_slicelit.go:48:13: ... argument does not escape
ssa_slicelit.go:48:28: []int{...}[k] escapes to heap
ssa_slicelit.go:48:19: []int{...} does not escape
