promoted_unnamed.go:18:19: devirtualizing v.Val to struct { S }
promoted_unnamed.go:26:19: devirtualizing q.Ptr to *struct { S }
promoted_unnamed.go:11:7: s does not escape
promoted_unnamed.go:17:29: struct { S }{...} does not escape
promoted_unnamed.go:18:13: ... argument does not escape
promoted_unnamed.go:18:19: S.Val(v.(struct { S }).S) escapes to heap
promoted_unnamed.go:19:35: struct { S }{...} escapes to heap
promoted_unnamed.go:21:13: ... argument does not escape
promoted_unnamed.go:21:19: w.Val() escapes to heap
promoted_unnamed.go:21:19: ok escapes to heap
promoted_unnamed.go:23:13: ... argument does not escape
promoted_unnamed.go:23:13: ok escapes to heap
promoted_unnamed.go:24:7: &struct { S }{...} escapes to heap
promoted_unnamed.go:26:13: ... argument does not escape
promoted_unnamed.go:26:19: (*S).Ptr(q.(*struct { S }).S) escapes to heap
promoted_unnamed.go:29:13: ... argument does not escape
promoted_unnamed.go:29:19: r.Ptr() escapes to heap
promoted_unnamed.go:29:19: ok escapes to heap
promoted_unnamed.go:30:36: &S{...} escapes to heap
promoted_unnamed.go:32:13: ... argument does not escape
promoted_unnamed.go:32:19: r.Ptr() escapes to heap
promoted_unnamed.go:32:19: ok escapes to heap
