wrappertemps.go:6:21: c does not escape
wrappertemps.go:9:13: make([]chan int, 2) does not escape
wrappertemps.go:16:21: "deferred" escapes to heap
wrappertemps.go:16:21: q escapes to heap
wrappertemps.go:16:39: len(chs) escapes to heap
wrappertemps.go:16:20: ... argument does not escape
