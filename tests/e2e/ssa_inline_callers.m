ssa_inline_callers.go:19:19: ... argument does not escape
ssa_inline_callers.go:19:46: (*runtime.Func).Name(.autotmp_4) escapes to heap
ssa_inline_callers.go:19:50: ":" escapes to heap
ssa_inline_callers.go:19:50: l escapes to heap
ssa_inline_callers.go:27:13: make([]uintptr, 10) escapes to heap
ssa_inline_callers.go:34:32: ... argument does not escape
ssa_inline_callers.go:34:35: fr.Function escapes to heap
ssa_inline_callers.go:34:46: ":" escapes to heap
ssa_inline_callers.go:34:53: fr.Line escapes to heap
ssa_inline_callers.go:50:13: ... argument does not escape
ssa_inline_callers.go:50:15: f(0) escapes to heap
ssa_inline_callers.go:50:24: here() escapes to heap
ssa_inline_callers.go:51:13: ... argument does not escape
ssa_inline_callers.go:51:16: at(0) escapes to heap
ssa_inline_callers.go:51:22: g() escapes to heap
ssa_inline_callers.go:52:13: ... argument does not escape
ssa_inline_callers.go:52:19: outer() escapes to heap
