sync_atomic.go:13:6: moved to heap: n
sync_atomic.go:14:6: moved to heap: c
sync_atomic.go:15:6: moved to heap: wg
sync_atomic.go:26:6: moved to heap: v
sync_atomic.go:31:6: moved to heap: p
sync_atomic.go:34:6: moved to heap: b
sync_atomic.go:18:6: func literal escapes to heap
sync_atomic.go:25:13: ... argument does not escape
sync_atomic.go:25:30: atomic.LoadInt64(&n) escapes to heap
sync_atomic.go:25:42: (*atomic.Int32).Load(c) escapes to heap
sync_atomic.go:25:72: atomic.CompareAndSwapInt64(&n, 20, 5) escapes to heap
sync_atomic.go:25:72: n escapes to heap
sync_atomic.go:27:13: ... argument does not escape
sync_atomic.go:28:10: "a" escapes to heap
sync_atomic.go:29:13: ... argument does not escape
sync_atomic.go:29:31: "b" escapes to heap
sync_atomic.go:29:53: (*atomic.Value).CompareAndSwap(v, "b", "c") escapes to heap
sync_atomic.go:29:54: "b" does not escape
sync_atomic.go:29:59: "c" escapes to heap
sync_atomic.go:32:10: &node{...} escapes to heap
sync_atomic.go:32:20: &node{...} escapes to heap
sync_atomic.go:33:13: ... argument does not escape
sync_atomic.go:33:23: atomic.(*Pointer[go.shape.struct { main.v int }_0]).Load(&atomic..dict.(*Pointer[main.node·1]).Load, p) == nil escapes to heap
sync_atomic.go:33:47: atomic.(*Pointer[go.shape.struct { main.v int }_0]).CompareAndSwap(&atomic..dict.(*Pointer[main.node·1]).CompareAndSwap, p, nil, x) escapes to heap
sync_atomic.go:33:65: atomic.(*Pointer[go.shape.struct { main.v int }_0]).Load(&atomic..dict.(*Pointer[main.node·1]).Load, p).v escapes to heap
sync_atomic.go:33:78: atomic.(*Pointer[go.shape.struct { main.v int }_0]).Swap(&atomic..dict.(*Pointer[main.node·1]).Swap, p, y).v escapes to heap
sync_atomic.go:33:90: atomic.(*Pointer[go.shape.struct { main.v int }_0]).Load(&atomic..dict.(*Pointer[main.node·1]).Load, p).v escapes to heap
sync_atomic.go:36:13: ... argument does not escape
sync_atomic.go:36:20: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:36:30: (*atomic.Bool).Swap(b, false) escapes to heap
sync_atomic.go:36:45: (*atomic.Bool).Load(b) escapes to heap
sync_atomic.go:37:8: func literal does not escape
sync_atomic.go:37:28: ... argument does not escape
sync_atomic.go:38:10: 1 escapes to heap
