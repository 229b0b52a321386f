time_timers.go:19:6: moved to heap: mu
time_timers.go:20:6: moved to heap: order
time_timers.go:21:6: moved to heap: wg
time_timers.go:16:13: ... argument does not escape
time_timers.go:16:14: "slept at least 20ms:" escapes to heap
time_timers.go:16:41: el >= 20 * time.Millisecond escapes to heap
time_timers.go:16:68: el < 2 * time.Second escapes to heap
time_timers.go:22:26: []int{...} does not escape
time_timers.go:24:6: func literal escapes to heap
time_timers.go:33:13: ... argument does not escape
time_timers.go:33:14: "wake order:" escapes to heap
time_timers.go:33:14: order escapes to heap
time_timers.go:37:5: func literal escapes to heap
time_timers.go:43:14: ... argument does not escape
time_timers.go:43:15: "value first" escapes to heap
time_timers.go:43:15: v escapes to heap
time_timers.go:45:14: ... argument does not escape
time_timers.go:45:15: "timeout first" escapes to heap
time_timers.go:47:13: ... argument does not escape
time_timers.go:47:14: "then" escapes to heap
time_timers.go:47:22: <-c escapes to heap
time_timers.go:51:13: ... argument does not escape
time_timers.go:51:14: "stop pending:" escapes to heap
time_timers.go:51:37: (*time.Timer).Stop(t) escapes to heap
time_timers.go:51:41: "stop again:" escapes to heap
time_timers.go:51:62: (*time.Timer).Stop(t) escapes to heap
time_timers.go:54:13: ... argument does not escape
time_timers.go:54:14: "timer fired; stop after fire:" escapes to heap
time_timers.go:54:53: (*time.Timer).Stop(t) escapes to heap
time_timers.go:66:13: ... argument does not escape
time_timers.go:66:14: "ticks:" escapes to heap
time_timers.go:66:14: n escapes to heap
time_timers.go:70:37: func literal escapes to heap
time_timers.go:71:13: ... argument does not escape
time_timers.go:71:14: <-done escapes to heap
time_timers.go:72:34: func literal escapes to heap
time_timers.go:72:54: ... argument does not escape
time_timers.go:72:55: "never" escapes to heap
time_timers.go:73:13: ... argument does not escape
time_timers.go:73:14: "afterfunc stopped:" escapes to heap
time_timers.go:73:43: (*time.Timer).Stop(af) escapes to heap
time_timers.go:79:13: ... argument does not escape
time_timers.go:79:14: "tick twice" escapes to heap
time_timers.go:81:13: ... argument does not escape
time_timers.go:81:14: "goroutines:" escapes to heap
time_timers.go:81:49: runtime.NumGoroutine() escapes to heap
