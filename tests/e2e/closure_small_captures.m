closure_small_captures.go:15:42: out does not escape
closure_small_captures.go:24:14: make([]chan int, 4) does not escape
closure_small_captures.go:33:14: ... argument does not escape
closure_small_captures.go:33:14: round escapes to heap
closure_small_captures.go:33:14: sum escapes to heap
closure_small_captures.go:36:7: func literal does not escape
closure_small_captures.go:36:40: ... argument does not escape
closure_small_captures.go:36:40: a escapes to heap
closure_small_captures.go:36:40: b escapes to heap
closure_small_captures.go:36:40: c escapes to heap
closure_small_captures.go:37:13: ... argument does not escape
closure_small_captures.go:37:15: f() escapes to heap
