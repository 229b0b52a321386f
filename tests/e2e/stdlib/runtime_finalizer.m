runtime_finalizer.go:32:17: o does not escape
runtime_finalizer.go:39:17: in does not escape
runtime_finalizer.go:41:19: fmt.Sprint(... argument...) escapes to heap
runtime_finalizer.go:41:19: ... argument does not escape
runtime_finalizer.go:41:20: "inner " escapes to heap
runtime_finalizer.go:41:32: in.id escapes to heap
runtime_finalizer.go:41:37: " finalized before its outer" escapes to heap
runtime_finalizer.go:56:35: x does not escape
runtime_finalizer.go:48:8: &inner{...} escapes to heap
runtime_finalizer.go:49:7: &outer{...} escapes to heap
runtime_finalizer.go:50:11: &inner{...} escapes to heap
runtime_finalizer.go:51:30: func literal escapes to heap
runtime_finalizer.go:51:50: "removed finalizer ran" escapes to heap
runtime_finalizer.go:55:11: &inner{...} escapes to heap
runtime_finalizer.go:56:30: func literal escapes to heap
runtime_finalizer.go:77:31: p does not escape
runtime_finalizer.go:75:10: new(int32) escapes to heap
runtime_finalizer.go:77:26: func literal escapes to heap
runtime_finalizer.go:93:13: ... argument does not escape
runtime_finalizer.go:93:14: "enough inner finalized:" escapes to heap
runtime_finalizer.go:93:51: innerDone >= n * 8 / 10 escapes to heap
runtime_finalizer.go:94:13: ... argument does not escape
runtime_finalizer.go:94:14: "enough interface finalizers:" escapes to heap
runtime_finalizer.go:94:54: anyDone >= n * 8 / 10 escapes to heap
runtime_finalizer.go:95:13: ... argument does not escape
runtime_finalizer.go:95:14: "enough tiny objects finalized by one collection:" escapes to heap
runtime_finalizer.go:95:79: tinyAfterOne >= n * 8 / 10 escapes to heap
runtime_finalizer.go:96:13: ... argument does not escape
runtime_finalizer.go:96:14: "goroutines:" escapes to heap
runtime_finalizer.go:96:49: runtime.NumGoroutine() escapes to heap
