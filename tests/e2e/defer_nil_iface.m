defer_nil_iface.go:12:7: leaking param content: f
defer_nil_iface.go:12:37: ... argument does not escape
defer_nil_iface.go:12:38: "closed" escapes to heap
defer_nil_iface.go:12:49: f.name escapes to heap
defer_nil_iface.go:34:10: leaking param: name
defer_nil_iface.go:34:23: fn does not escape
defer_nil_iface.go:35:8: func literal does not escape
defer_nil_iface.go:35:28: ... argument does not escape
defer_nil_iface.go:35:28: name escapes to heap
defer_nil_iface.go:35:35: "recovered:" escapes to heap
defer_nil_iface.go:35:59: (<node RECOVERFP>) != nil escapes to heap
defer_nil_iface.go:43:13: ... argument does not escape
defer_nil_iface.go:43:13: reached escapes to heap
defer_nil_iface.go:44:17: &file{...} escapes to heap
