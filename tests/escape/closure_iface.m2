closure_iface.go:8:7: s does not escape
closure_iface.go:14:15: xs does not escape
closure_iface.go:23:2: x escapes to heap:
closure_iface.go:23:2:   flow: {heap} = &{storage for x}:
closure_iface.go:23:2:     from x (spill) at closure_iface.go:23:2
closure_iface.go:23:2:     from sink = x (assign) at closure_iface.go:23:7
closure_iface.go:23:2: x escapes to heap
closure_iface.go:27:22: x does not escape
closure_iface.go:33:13: s escapes to heap:
closure_iface.go:33:13:   flow: {storage for ... argument} = &{storage for s}:
closure_iface.go:33:13:     from s (spill) at closure_iface.go:33:13
closure_iface.go:33:13:     from ... argument (slice-literal-element) at closure_iface.go:33:13
closure_iface.go:33:13:   flow: {heap} = {storage for ... argument}:
closure_iface.go:33:13:     from ... argument (spill) at closure_iface.go:33:13
closure_iface.go:33:13:     from fmt.Println(... argument...) (call parameter) at closure_iface.go:33:13
closure_iface.go:33:13: x escapes to heap:
closure_iface.go:33:13:   flow: {storage for ... argument} = &{storage for x}:
closure_iface.go:33:13:     from x (spill) at closure_iface.go:33:13
closure_iface.go:33:13:     from ... argument (slice-literal-element) at closure_iface.go:33:13
closure_iface.go:33:13:   flow: {heap} = {storage for ... argument}:
closure_iface.go:33:13:     from ... argument (spill) at closure_iface.go:33:13
closure_iface.go:33:13:     from fmt.Println(... argument...) (call parameter) at closure_iface.go:33:13
closure_iface.go:32:21: parameter s leaks to {storage for s} with derefs=0:
closure_iface.go:32:21:   flow: {storage for s} = s:
closure_iface.go:32:21:     from s (interface-converted) at closure_iface.go:33:13
closure_iface.go:32:21: leaking param: s
closure_iface.go:33:13: ... argument does not escape
closure_iface.go:33:13: x escapes to heap
closure_iface.go:33:13: s escapes to heap
closure_iface.go:37:2: closureValue capturing by value: x (addr=false assign=false width=8)
closure_iface.go:38:7: func literal does not escape
closure_iface.go:43:2: closureRef capturing by ref: x (addr=false assign=true width=8)
closure_iface.go:44:7: func literal does not escape
closure_iface.go:50:2: closureEscapes capturing by ref: x (addr=false assign=true width=8)
closure_iface.go:51:9: func literal escapes to heap:
closure_iface.go:51:9:   flow: ~r0 = &{storage for func literal}:
closure_iface.go:51:9:     from func literal (spill) at closure_iface.go:51:9
closure_iface.go:51:9:     from return func literal (return) at closure_iface.go:51:2
closure_iface.go:50:2: x escapes to heap:
closure_iface.go:50:2:   flow: {storage for func literal} = &x:
closure_iface.go:50:2:     from x (captured by a closure) at closure_iface.go:51:22
closure_iface.go:50:2:     from x (reference) at closure_iface.go:51:22
closure_iface.go:50:2: moved to heap: x
closure_iface.go:51:9: func literal escapes to heap
closure_iface.go:55:2: closureEscapesByValue capturing by value: x (addr=false assign=false width=8)
closure_iface.go:56:9: func literal escapes to heap:
closure_iface.go:56:9:   flow: ~r0 = &{storage for func literal}:
closure_iface.go:56:9:     from func literal (spill) at closure_iface.go:56:9
closure_iface.go:56:9:     from return func literal (return) at closure_iface.go:56:2
closure_iface.go:56:9: func literal escapes to heap
closure_iface.go:60:11: s.Get escapes to heap:
closure_iface.go:60:11:   flow: {heap} = &{storage for s.Get}:
closure_iface.go:60:11:     from s.Get (spill) at closure_iface.go:60:11
closure_iface.go:60:11:     from fsink = s.Get (assign) at closure_iface.go:60:8
closure_iface.go:59:18: parameter s leaks to {storage for s.Get} with derefs=0:
closure_iface.go:59:18:   flow: {temp} = s:
closure_iface.go:59:18:   flow: {storage for s.Get} = {temp}:
closure_iface.go:59:18: leaking param: s
closure_iface.go:60:11: s.Get escapes to heap
closure_iface.go:64:8: s.Val does not escape
closure_iface.go:72:14: &S{...} escapes to heap:
closure_iface.go:72:14:   flow: {heap} = &{storage for &S{...}}:
closure_iface.go:72:14:     from &S{...} (spill) at closure_iface.go:72:14
closure_iface.go:72:14:     from methodValue(&S{...}) (call parameter) at closure_iface.go:72:13
closure_iface.go:69:18: ... argument does not escape
closure_iface.go:72:14: &S{...} escapes to heap
