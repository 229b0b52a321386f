runtime_gc_yields.go:14:5: func literal escapes to heap
runtime_gc_yields.go:22:14: make([]int, 100) escapes to heap
runtime_gc_yields.go:25:13: ... argument does not escape
runtime_gc_yields.go:25:14: "main finished:" escapes to heap
runtime_gc_yields.go:25:14: sum escapes to heap
