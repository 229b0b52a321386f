extern.go:6:10: leaking param: p to result ~r0 level=0
extern.go:14:11: p does not escape
extern.go:16:11: leaking param: p
extern.go:16:19: assuming u is unsafe uintptr
extern.go:19:9: marking u as escaping uintptr
extern.go:24:2: moved to heap: b
extern.go:26:2: moved to heap: c
extern.go:32:3: moved to heap: y
extern.go:39:9: func literal escapes to heap
extern.go:43:2: moved to heap: x
extern.go:45:9: func literal escapes to heap
