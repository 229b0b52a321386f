capture.go:5:6: bigClosure capturing by ref: big (addr=false assign=false width=200)
capture.go:4:17: bigClosure capturing by value: i (addr=false assign=false width=8)
capture.go:6:9: func literal escapes to heap:
capture.go:6:9:   flow: ~r0 = &{storage for func literal}:
capture.go:6:9:     from func literal (spill) at capture.go:6:9
capture.go:6:9:     from return func literal (return) at capture.go:6:2
capture.go:4:17: parameter i leaks to {storage for func literal} with derefs=0:
capture.go:4:17:   flow: {storage for func literal} = i:
capture.go:4:17:     from i (captured by a closure) at capture.go:6:34
capture.go:5:6: big escapes to heap:
capture.go:5:6:   flow: {storage for func literal} = &big:
capture.go:5:6:     from big (captured by a closure) at capture.go:6:30
capture.go:5:6:     from big (reference) at capture.go:6:30
capture.go:5:6: moved to heap: big
capture.go:6:9: func literal escapes to heap
capture.go:10:6: smallClosure capturing by value: small (addr=false assign=false width=100)
capture.go:9:19: smallClosure capturing by value: i (addr=false assign=false width=8)
capture.go:11:9: func literal escapes to heap:
capture.go:11:9:   flow: ~r0 = &{storage for func literal}:
capture.go:11:9:     from func literal (spill) at capture.go:11:9
capture.go:11:9:     from return func literal (return) at capture.go:11:2
capture.go:9:19: parameter i leaks to {storage for func literal} with derefs=0:
capture.go:9:19:   flow: {storage for func literal} = i:
capture.go:9:19:     from i (captured by a closure) at capture.go:11:36
capture.go:11:9: func literal escapes to heap
capture.go:15:2: reassignedLater capturing by ref: x (addr=false assign=true width=8)
capture.go:16:7: func literal escapes to heap:
capture.go:16:7:   flow: f = &{storage for func literal}:
capture.go:16:7:     from func literal (spill) at capture.go:16:7
capture.go:16:7:     from f := func literal (assign) at capture.go:16:4
capture.go:16:7:   flow: ~r0 = f:
capture.go:16:7:     from return f (return) at capture.go:18:2
capture.go:15:2: x escapes to heap:
capture.go:15:2:   flow: {storage for func literal} = &x:
capture.go:15:2:     from x (captured by a closure) at capture.go:16:27
capture.go:15:2:     from x (reference) at capture.go:16:27
capture.go:15:2: moved to heap: x
capture.go:16:7: func literal escapes to heap
capture.go:22:2: reassignedBefore capturing by value: x (addr=false assign=false width=8)
capture.go:24:7: func literal escapes to heap:
capture.go:24:7:   flow: f = &{storage for func literal}:
capture.go:24:7:     from func literal (spill) at capture.go:24:7
capture.go:24:7:     from f := func literal (assign) at capture.go:24:4
capture.go:24:7:   flow: ~r0 = f:
capture.go:24:7:     from return f (return) at capture.go:25:2
capture.go:24:7: func literal escapes to heap
capture.go:29:2: directCall capturing by ref: u (addr=true assign=false width=8)
capture.go:30:4: func literal does not escape
