runtime_debug.go:15:13: ... argument does not escape
runtime_debug.go:15:32: debug.SetGCPercent(50) escapes to heap
runtime_debug.go:15:56: debug.SetGCPercent(-1) escapes to heap
runtime_debug.go:20:14: make([]byte, 64 << 10) escapes to heap
runtime_debug.go:23:13: ... argument does not escape
runtime_debug.go:23:14: "no collection while off:" escapes to heap
runtime_debug.go:23:51: st.NumGC == n escapes to heap
runtime_debug.go:24:13: ... argument does not escape
runtime_debug.go:24:32: debug.SetGCPercent(100) escapes to heap
runtime_debug.go:27:13: ... argument does not escape
runtime_debug.go:27:14: "collected:" escapes to heap
runtime_debug.go:27:37: st.NumGC > n escapes to heap
runtime_debug.go:28:13: string(debug.Stack()) does not escape
runtime_debug.go:29:13: ... argument does not escape
runtime_debug.go:29:31: strings.HasPrefix(s, "goroutine 1 [running]:") escapes to heap
runtime_debug.go:29:78: strings.Contains(s, "main.main()") escapes to heap
runtime_debug.go:30:13: ... argument does not escape
runtime_debug.go:30:39: debug.SetMaxStack(1 << 20) > 0 escapes to heap
runtime_debug.go:30:65: debug.SetPanicOnFault(true) escapes to heap
