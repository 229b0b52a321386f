runtime_debug.go:16:13: ... argument does not escape
runtime_debug.go:16:37: debug.SetGCPercent(50) > 0 escapes to heap
runtime_debug.go:16:60: debug.SetGCPercent(-1) escapes to heap
runtime_debug.go:21:14: make([]byte, 64 << 10) escapes to heap
runtime_debug.go:23:13: ... argument does not escape
runtime_debug.go:23:32: debug.SetGCPercent(100) escapes to heap
runtime_debug.go:26:13: ... argument does not escape
runtime_debug.go:26:14: "collected:" escapes to heap
runtime_debug.go:26:37: st.NumGC > n escapes to heap
runtime_debug.go:27:13: string(debug.Stack()) does not escape
runtime_debug.go:28:13: ... argument does not escape
runtime_debug.go:28:31: strings.HasPrefix(s, "goroutine 1 [running]:") escapes to heap
runtime_debug.go:28:78: strings.Contains(s, "main.main()") escapes to heap
runtime_debug.go:29:13: ... argument does not escape
runtime_debug.go:29:39: debug.SetMaxStack(1 << 20) > 0 escapes to heap
runtime_debug.go:29:65: debug.SetPanicOnFault(true) escapes to heap
