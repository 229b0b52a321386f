sync_basic.go:16:6: moved to heap: wg
sync_basic.go:36:6: moved to heap: once
sync_basic.go:41:6: moved to heap: rw
sync_basic.go:50:6: moved to heap: m
sync_basic.go:56:2: moved to heap: p
sync_basic.go:62:6: moved to heap: wg2
sync_basic.go:17:7: &counter{} escapes to heap
sync_basic.go:21:6: func literal escapes to heap
sync_basic.go:34:13: ... argument does not escape
sync_basic.go:34:15: c.n escapes to heap
sync_basic.go:34:15: sum escapes to heap
sync_basic.go:38:11: func literal does not escape
sync_basic.go:38:31: ... argument does not escape
sync_basic.go:38:32: "once" escapes to heap
sync_basic.go:44:13: ... argument does not escape
sync_basic.go:44:24: (*sync.RWMutex).TryLock(rw) escapes to heap
sync_basic.go:47:13: ... argument does not escape
sync_basic.go:47:24: (*sync.RWMutex).TryLock(rw) escapes to heap
sync_basic.go:51:10: "a" escapes to heap
sync_basic.go:51:15: 1 escapes to heap
sync_basic.go:52:18: "a" does not escape
sync_basic.go:53:29: "a" escapes to heap
sync_basic.go:53:34: 2 escapes to heap
sync_basic.go:54:13: ... argument does not escape
sync_basic.go:54:13: ok escapes to heap
sync_basic.go:54:13: loaded escapes to heap
sync_basic.go:56:22: func literal escapes to heap
sync_basic.go:56:42: "new" escapes to heap
sync_basic.go:57:13: ... argument does not escape
sync_basic.go:58:8: "old" escapes to heap
sync_basic.go:59:13: ... argument does not escape
sync_basic.go:61:8: func literal does not escape
sync_basic.go:61:28: ... argument does not escape
sync_basic.go:61:29: "recovered:" escapes to heap
