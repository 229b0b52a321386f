runtime_goexit.go:13:13: done does not escape
runtime_goexit.go:14:8: func literal does not escape
runtime_goexit.go:15:8: func literal does not escape
runtime_goexit.go:15:28: ... argument does not escape
runtime_goexit.go:15:29: "recover during Goexit:" escapes to heap
runtime_goexit.go:16:2: func literal does not escape
runtime_goexit.go:17:21: "inner deferred" escapes to heap
runtime_goexit.go:17:20: ... argument does not escape
runtime_goexit.go:20:13: ... argument does not escape
runtime_goexit.go:20:14: "not reached" escapes to heap
runtime_goexit.go:23:14: done does not escape
runtime_goexit.go:24:8: func literal does not escape
runtime_goexit.go:29:7: "p" escapes to heap
runtime_goexit.go:35:13: ... argument does not escape
runtime_goexit.go:35:14: <-done escapes to heap
runtime_goexit.go:37:13: ... argument does not escape
runtime_goexit.go:37:14: <-done escapes to heap
runtime_goexit.go:39:13: ... argument does not escape
runtime_goexit.go:39:14: "goroutines:" escapes to heap
runtime_goexit.go:39:49: runtime.NumGoroutine() escapes to heap
runtime_goexit.go:40:5: func literal escapes to heap
runtime_goexit.go:42:14: ... argument does not escape
runtime_goexit.go:42:15: "still running after main's Goexit" escapes to heap
runtime_goexit.go:44:20: "main's deferred call" escapes to heap
runtime_goexit.go:44:19: ... argument does not escape
