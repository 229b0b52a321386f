sync_cond.go:11:6: moved to heap: mu
sync_cond.go:14:6: moved to heap: wg
sync_cond.go:19:6: func literal escapes to heap
sync_cond.go:38:13: ... argument does not escape
sync_cond.go:38:14: "started" escapes to heap
sync_cond.go:38:14: sum escapes to heap
sync_cond.go:38:30: "one woken:" escapes to heap
sync_cond.go:38:55: first >= 0 && first < 3 escapes to heap
sync_cond.go:43:13: ... argument does not escape
sync_cond.go:43:14: "all woken:" escapes to heap
sync_cond.go:43:39: len(woken) == 2 escapes to heap
