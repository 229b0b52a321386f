runtime_caller_log.go:21:19: ... argument does not escape
runtime_caller_log.go:21:46: (*runtime.Func).Name(.autotmp_5) escapes to heap
runtime_caller_log.go:21:50: " " escapes to heap
runtime_caller_log.go:21:64: path.Base(file) escapes to heap
runtime_caller_log.go:21:72: ":" escapes to heap
runtime_caller_log.go:21:72: line escapes to heap
runtime_caller_log.go:21:83: " " escapes to heap
runtime_caller_log.go:21:83: ok escapes to heap
runtime_caller_log.go:26:20: ... argument does not escape
runtime_caller_log.go:26:39: path.Base(file) escapes to heap
runtime_caller_log.go:26:39: line escapes to heap
runtime_caller_log.go:30:13: make([]uintptr, 10) escapes to heap
runtime_caller_log.go:37:33: ... argument does not escape
runtime_caller_log.go:37:44: f.Function escapes to heap
runtime_caller_log.go:37:56: f.Line escapes to heap
runtime_caller_log.go:47:13: ... argument does not escape
runtime_caller_log.go:47:22: (*T).M(new(T)) escapes to heap
runtime_caller_log.go:47:17: new(T) does not escape
runtime_caller_log.go:48:13: ... argument does not escape
runtime_caller_log.go:48:19: where() escapes to heap
runtime_caller_log.go:49:2: func literal does not escape
runtime_caller_log.go:49:22: ... argument does not escape
runtime_caller_log.go:49:28: stack() escapes to heap
runtime_caller_log.go:51:13: ... argument does not escape
runtime_caller_log.go:51:13: ok escapes to heap
runtime_caller_log.go:54:13: ... argument does not escape
runtime_caller_log.go:54:20: (*runtime.Func).Name(f) escapes to heap
runtime_caller_log.go:54:26: f == runtime.FuncForPC(pc + 1) escapes to heap
runtime_caller_log.go:54:64: (*runtime.Func).Entry(f) == pc escapes to heap
runtime_caller_log.go:57:11: ... argument does not escape
runtime_caller_log.go:57:12: "with file" escapes to heap
runtime_caller_log.go:60:10: ... argument does not escape
runtime_caller_log.go:60:19: 7 escapes to heap
runtime_caller_log.go:63:13: ... argument does not escape
runtime_caller_log.go:63:14: "to stderr" escapes to heap
runtime_caller_log.go:63:27: 42 escapes to heap
runtime_caller_log.go:64:12: ... argument does not escape
runtime_caller_log.go:64:23: "thing" escapes to heap
