sync_atomic.go:12:6: moved to heap: n
sync_atomic.go:13:6: moved to heap: c
sync_atomic.go:14:6: moved to heap: wg
sync_atomic.go:25:6: moved to heap: v
sync_atomic.go:29:6: moved to heap: b
sync_atomic.go:17:6: func literal escapes to heap
sync_atomic.go:24:13: ... argument does not escape
sync_atomic.go:24:30: atomic.LoadInt64(&n) escapes to heap
sync_atomic.go:24:42: (*atomic.Int32).Load(c) escapes to heap
sync_atomic.go:24:72: atomic.CompareAndSwapInt64(&n, 20, 5) escapes to heap
sync_atomic.go:24:72: n escapes to heap
sync_atomic.go:26:13: ... argument does not escape
sync_atomic.go:27:10: "a" escapes to heap
sync_atomic.go:28:13: ... argument does not escape
sync_atomic.go:28:31: "b" escapes to heap
sync_atomic.go:28:53: (*atomic.Value).CompareAndSwap(v, "b", "c") escapes to heap
sync_atomic.go:28:54: "b" does not escape
sync_atomic.go:28:59: "c" escapes to heap
sync_atomic.go:31:13: ... argument does not escape
sync_atomic.go:31:20: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:31:30: (*atomic.Bool).Swap(b, false) escapes to heap
sync_atomic.go:31:45: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:32:8: func literal does not escape
sync_atomic.go:32:28: ... argument does not escape
sync_atomic.go:33:10: 1 escapes to heap
