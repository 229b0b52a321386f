runtime_caller_log.go:19:19: ... argument does not escape
runtime_caller_log.go:19:46: (*runtime.Func).Name(.autotmp_5) escapes to heap
runtime_caller_log.go:19:50: " " escapes to heap
runtime_caller_log.go:19:64: path.Base(file) escapes to heap
runtime_caller_log.go:19:72: ":" escapes to heap
runtime_caller_log.go:19:72: line escapes to heap
runtime_caller_log.go:19:83: " " escapes to heap
runtime_caller_log.go:19:83: ok escapes to heap
runtime_caller_log.go:24:20: ... argument does not escape
runtime_caller_log.go:24:39: path.Base(file) escapes to heap
runtime_caller_log.go:24:39: line escapes to heap
runtime_caller_log.go:28:13: make([]uintptr, 10) escapes to heap
runtime_caller_log.go:35:33: ... argument does not escape
runtime_caller_log.go:35:44: f.Function escapes to heap
runtime_caller_log.go:35:56: f.Line escapes to heap
runtime_caller_log.go:45:13: ... argument does not escape
runtime_caller_log.go:45:22: (*T).M(new(T)) escapes to heap
runtime_caller_log.go:45:17: new(T) does not escape
runtime_caller_log.go:46:13: ... argument does not escape
runtime_caller_log.go:46:19: where() escapes to heap
runtime_caller_log.go:47:2: func literal does not escape
runtime_caller_log.go:47:22: ... argument does not escape
runtime_caller_log.go:47:28: stack() escapes to heap
runtime_caller_log.go:49:13: ... argument does not escape
runtime_caller_log.go:49:13: ok escapes to heap
runtime_caller_log.go:52:11: ... argument does not escape
runtime_caller_log.go:52:12: "with file" escapes to heap
runtime_caller_log.go:55:10: ... argument does not escape
runtime_caller_log.go:55:19: 7 escapes to heap
runtime_caller_log.go:58:13: ... argument does not escape
runtime_caller_log.go:58:14: "to stderr" escapes to heap
runtime_caller_log.go:58:27: 42 escapes to heap
runtime_caller_log.go:59:12: ... argument does not escape
runtime_caller_log.go:59:23: "thing" escapes to heap
