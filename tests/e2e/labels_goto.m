labels_goto.go:16:13: ... argument does not escape
labels_goto.go:16:13: i escapes to heap
labels_goto.go:16:13: j escapes to heap
labels_goto.go:16:20: " " escapes to heap
labels_goto.go:24:12: ... argument does not escape
labels_goto.go:24:13: "n" escapes to heap
labels_goto.go:24:13: n escapes to heap
labels_goto.go:24:21: " " escapes to heap
labels_goto.go:31:29: [][]int{...} does not escape
labels_goto.go:31:30: []int{...} does not escape
labels_goto.go:31:38: []int{...} does not escape
labels_goto.go:31:47: []int{...} does not escape
labels_goto.go:35:16: ... argument does not escape
labels_goto.go:35:17: "found 42" escapes to heap
labels_goto.go:40:15: ... argument does not escape
labels_goto.go:40:16: "odd" escapes to heap
labels_goto.go:40:16: v escapes to heap
labels_goto.go:53:14: ... argument does not escape
labels_goto.go:53:15: "i" escapes to heap
labels_goto.go:53:15: i escapes to heap
labels_goto.go:56:13: ... argument does not escape
labels_goto.go:56:14: "done at" escapes to heap
labels_goto.go:56:14: i escapes to heap
