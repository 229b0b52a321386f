runtime_finalizer.go:31:17: o does not escape
runtime_finalizer.go:38:17: in does not escape
runtime_finalizer.go:40:19: fmt.Sprint(... argument...) escapes to heap
runtime_finalizer.go:40:19: ... argument does not escape
runtime_finalizer.go:40:20: "inner " escapes to heap
runtime_finalizer.go:40:32: in.id escapes to heap
runtime_finalizer.go:40:37: " finalized before its outer" escapes to heap
runtime_finalizer.go:55:35: x does not escape
runtime_finalizer.go:47:8: &inner{...} escapes to heap
runtime_finalizer.go:48:7: &outer{...} escapes to heap
runtime_finalizer.go:49:11: &inner{...} escapes to heap
runtime_finalizer.go:50:30: func literal escapes to heap
runtime_finalizer.go:50:50: "removed finalizer ran" escapes to heap
runtime_finalizer.go:54:11: &inner{...} escapes to heap
runtime_finalizer.go:55:30: func literal escapes to heap
runtime_finalizer.go:80:13: ... argument does not escape
runtime_finalizer.go:80:14: "enough inner finalized:" escapes to heap
runtime_finalizer.go:80:51: innerDone >= n * 8 / 10 escapes to heap
runtime_finalizer.go:81:13: ... argument does not escape
runtime_finalizer.go:81:14: "enough interface finalizers:" escapes to heap
runtime_finalizer.go:81:54: anyDone >= n * 8 / 10 escapes to heap
runtime_finalizer.go:82:13: ... argument does not escape
runtime_finalizer.go:82:14: "goroutines:" escapes to heap
runtime_finalizer.go:82:49: runtime.NumGoroutine() escapes to heap
