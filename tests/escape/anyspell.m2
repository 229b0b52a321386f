anyspell.go:6:8: parameter x leaks to {heap} with derefs=0:
anyspell.go:6:8:   flow: {heap} = x:
anyspell.go:6:8:     from sink = x (assign) at anyspell.go:6:22
anyspell.go:6:8: leaking param: x
anyspell.go:13:26: s escapes to heap:
anyspell.go:13:26:   flow: {heap} = &{storage for s}:
anyspell.go:13:26:     from s (spill) at anyspell.go:13:26
anyspell.go:13:26:     from sink, sink, sink, sink, sink = s, t, u, v, w (assign-pair) at anyspell.go:13:31
anyspell.go:13:26: t escapes to heap:
anyspell.go:13:26:   flow: {heap} = &{storage for t}:
anyspell.go:13:26:     from t (spill) at anyspell.go:13:26
anyspell.go:13:26:     from sink, sink, sink, sink, sink = s, t, u, v, w (assign-pair) at anyspell.go:13:31
anyspell.go:13:26: u escapes to heap:
anyspell.go:13:26:   flow: {heap} = &{storage for u}:
anyspell.go:13:26:     from u (spill) at anyspell.go:13:26
anyspell.go:13:26:     from sink, sink, sink, sink, sink = s, t, u, v, w (assign-pair) at anyspell.go:13:31
anyspell.go:13:26: v escapes to heap:
anyspell.go:13:26:   flow: {heap} = &{storage for v}:
anyspell.go:13:26:     from v (spill) at anyspell.go:13:26
anyspell.go:13:26:     from sink, sink, sink, sink, sink = s, t, u, v, w (assign-pair) at anyspell.go:13:31
anyspell.go:13:26: w escapes to heap:
anyspell.go:13:26:   flow: {heap} = &{storage for w}:
anyspell.go:13:26:     from w (spill) at anyspell.go:13:26
anyspell.go:13:26:     from sink, sink, sink, sink, sink = s, t, u, v, w (assign-pair) at anyspell.go:13:31
anyspell.go:8:11: make([]any, n) escapes to heap:
anyspell.go:8:11:   flow: {heap} = &{storage for make([]any, n)}:
anyspell.go:8:11:     from make([]any, n) (non-constant size) at anyspell.go:8:11
anyspell.go:9:11: make([]interface {}, n) escapes to heap:
anyspell.go:9:11:   flow: {heap} = &{storage for make([]interface {}, n)}:
anyspell.go:9:11:     from make([]interface {}, n) (non-constant size) at anyspell.go:9:11
anyspell.go:10:11: make([]rune, n) escapes to heap:
anyspell.go:10:11:   flow: {heap} = &{storage for make([]rune, n)}:
anyspell.go:10:11:     from make([]rune, n) (non-constant size) at anyspell.go:10:11
anyspell.go:11:11: make([]int32, n) escapes to heap:
anyspell.go:11:11:   flow: {heap} = &{storage for make([]int32, n)}:
anyspell.go:11:11:     from make([]int32, n) (non-constant size) at anyspell.go:11:11
anyspell.go:12:11: make([]uint8, n) escapes to heap:
anyspell.go:12:11:   flow: {heap} = &{storage for make([]uint8, n)}:
anyspell.go:12:11:     from make([]uint8, n) (non-constant size) at anyspell.go:12:11
anyspell.go:8:11: make([]any, n) escapes to heap
anyspell.go:9:11: make([]interface {}, n) escapes to heap
anyspell.go:10:11: make([]rune, n) escapes to heap
anyspell.go:11:11: make([]int32, n) escapes to heap
anyspell.go:12:11: make([]uint8, n) escapes to heap
anyspell.go:13:26: s escapes to heap
anyspell.go:13:26: t escapes to heap
anyspell.go:13:26: u escapes to heap
anyspell.go:13:26: v escapes to heap
anyspell.go:13:26: w escapes to heap
