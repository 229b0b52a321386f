defer_wrappers.go:62:14: devirtualizing s.Show to T
defer_wrappers.go:15:17: leaking param: s
defer_wrappers.go:15:40: ... argument does not escape
defer_wrappers.go:15:41: "show" escapes to heap
defer_wrappers.go:15:41: s escapes to heap
defer_wrappers.go:15:53: t.n escapes to heap
defer_wrappers.go:17:12: leaking param: tag
defer_wrappers.go:19:14: ... argument does not escape
defer_wrappers.go:19:14: tag escapes to heap
defer_wrappers.go:19:20: "recovered:" escapes to heap
defer_wrappers.go:26:7: "boom" escapes to heap
defer_wrappers.go:30:8: func literal does not escape
defer_wrappers.go:30:28: ... argument does not escape
defer_wrappers.go:30:29: "outer recover:" escapes to heap
defer_wrappers.go:31:2: func literal does not escape
defer_wrappers.go:33:8: "direct" escapes to heap
defer_wrappers.go:37:10: xs does not escape
defer_wrappers.go:45:20: leaking param: xs
defer_wrappers.go:45:30: leaking param: v
defer_wrappers.go:46:13: ... argument does not escape
defer_wrappers.go:46:15: b[0] escapes to heap
defer_wrappers.go:46:21: b[39] escapes to heap
defer_wrappers.go:46:30: len(xs) escapes to heap
defer_wrappers.go:46:30: xs escapes to heap
defer_wrappers.go:46:30: v escapes to heap
defer_wrappers.go:51:21: "loop" escapes to heap
defer_wrappers.go:51:21: i escapes to heap
defer_wrappers.go:51:35: sum(... argument...) escapes to heap
defer_wrappers.go:51:35: ... argument does not escape
defer_wrappers.go:51:20: ... argument does not escape
defer_wrappers.go:52:19: moved to heap: .autotmp_4
defer_wrappers.go:52:40: []int{...} escapes to heap
defer_wrappers.go:52:40: i escapes to heap
defer_wrappers.go:52:55: "x" escapes to heap
defer_wrappers.go:52:15: ... argument escapes to heap
defer_wrappers.go:69:18: ch does not escape
defer_wrappers.go:61:18: T{...} does not escape
defer_wrappers.go:69:6: func literal escapes to heap
defer_wrappers.go:75:13: ... argument does not escape
defer_wrappers.go:75:14: "total" escapes to heap
defer_wrappers.go:75:14: total escapes to heap
defer_wrappers.go:76:19: .autotmp_6 escapes to heap
defer_wrappers.go:76:19: ... argument does not escape
