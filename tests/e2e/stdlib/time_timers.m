time_timers.go:20:6: moved to heap: mu
time_timers.go:21:6: moved to heap: order
time_timers.go:22:6: moved to heap: wg
time_timers.go:16:13: ... argument does not escape
time_timers.go:16:14: "slept at least 20ms:" escapes to heap
time_timers.go:16:41: el >= 20 * time.Millisecond escapes to heap
time_timers.go:16:68: el < 2 * time.Second escapes to heap
time_timers.go:24:26: []int{...} does not escape
time_timers.go:26:6: func literal escapes to heap
time_timers.go:35:13: ... argument does not escape
time_timers.go:35:14: "wake order:" escapes to heap
time_timers.go:35:14: order escapes to heap
time_timers.go:39:5: func literal escapes to heap
time_timers.go:45:14: ... argument does not escape
time_timers.go:45:15: "value first" escapes to heap
time_timers.go:45:15: v escapes to heap
time_timers.go:47:14: ... argument does not escape
time_timers.go:47:15: "timeout first" escapes to heap
time_timers.go:49:13: ... argument does not escape
time_timers.go:49:14: "then" escapes to heap
time_timers.go:49:22: <-c escapes to heap
time_timers.go:53:13: ... argument does not escape
time_timers.go:53:14: "stop pending:" escapes to heap
time_timers.go:53:37: (*time.Timer).Stop(t) escapes to heap
time_timers.go:53:41: "stop again:" escapes to heap
time_timers.go:53:62: (*time.Timer).Stop(t) escapes to heap
time_timers.go:56:13: ... argument does not escape
time_timers.go:56:14: "timer fired; stop after fire:" escapes to heap
time_timers.go:56:53: (*time.Timer).Stop(t) escapes to heap
time_timers.go:68:13: ... argument does not escape
time_timers.go:68:14: "ticks:" escapes to heap
time_timers.go:68:14: n escapes to heap
time_timers.go:72:37: func literal escapes to heap
time_timers.go:73:13: ... argument does not escape
time_timers.go:73:14: <-done escapes to heap
time_timers.go:74:34: func literal escapes to heap
time_timers.go:74:54: ... argument does not escape
time_timers.go:74:55: "never" escapes to heap
time_timers.go:75:13: ... argument does not escape
time_timers.go:75:14: "afterfunc stopped:" escapes to heap
time_timers.go:75:43: (*time.Timer).Stop(af) escapes to heap
time_timers.go:81:13: ... argument does not escape
time_timers.go:81:14: "tick twice" escapes to heap
time_timers.go:83:13: ... argument does not escape
time_timers.go:83:14: "goroutines:" escapes to heap
time_timers.go:83:49: runtime.NumGoroutine() escapes to heap
