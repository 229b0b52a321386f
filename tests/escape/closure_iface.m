closure_iface.go:8:7: s does not escape
closure_iface.go:14:15: xs does not escape
closure_iface.go:23:2: x escapes to heap
closure_iface.go:27:22: x does not escape
closure_iface.go:32:21: leaking param: s
closure_iface.go:33:13: ... argument does not escape
closure_iface.go:33:13: x escapes to heap
closure_iface.go:33:13: s escapes to heap
closure_iface.go:38:7: func literal does not escape
closure_iface.go:44:7: func literal does not escape
closure_iface.go:50:2: moved to heap: x
closure_iface.go:51:9: func literal escapes to heap
closure_iface.go:56:9: func literal escapes to heap
closure_iface.go:59:18: leaking param: s
closure_iface.go:60:11: s.Get escapes to heap
closure_iface.go:64:8: s.Val does not escape
closure_iface.go:69:18: ... argument does not escape
closure_iface.go:72:14: &S{...} escapes to heap
