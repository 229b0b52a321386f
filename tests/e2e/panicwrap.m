panicwrap.go:10:29: ... argument does not escape
panicwrap.go:10:30: "F" escapes to heap
panicwrap.go:10:38: int(t) escapes to heap
panicwrap.go:15:11: leaking param: i
panicwrap.go:17:10: f does not escape
panicwrap.go:18:8: func literal does not escape
panicwrap.go:21:14: ... argument does not escape
panicwrap.go:21:14: ok escapes to heap
panicwrap.go:28:6: func literal does not escape
panicwrap.go:29:6: func literal does not escape
panicwrap.go:30:6: func literal does not escape
panicwrap.go:30:21: p.F does not escape
