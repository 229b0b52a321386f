rangecap.go:8:19: func literal escapes to heap:
rangecap.go:8:19:   flow: {heap} = &{storage for func literal}:
rangecap.go:8:19:     from func literal (spill) at rangecap.go:8:19
rangecap.go:8:19:     from append(fs, func literal) (call parameter) at rangecap.go:8:14
rangecap.go:7:9: rangeCapture capturing by ref: v (addr=false assign=true width=8)
rangecap.go:7:9: v escapes to heap:
rangecap.go:7:9:   flow: {storage for func literal} = &v:
rangecap.go:7:9:     from v (captured by a closure) at rangecap.go:8:39
rangecap.go:7:9:     from v (reference) at rangecap.go:8:39
rangecap.go:6:19: parameter s leaks to v with derefs=1:
rangecap.go:6:19:   flow: {temp} = s:
rangecap.go:6:19:   flow: v = *{temp}:
rangecap.go:6:19:     from for loop (range-deref) at rangecap.go:7:14
rangecap.go:6:19: leaking param content: s
rangecap.go:7:9: moved to heap: v
rangecap.go:8:19: func literal escapes to heap
rangecap.go:15:19: func literal escapes to heap:
rangecap.go:15:19:   flow: {heap} = &{storage for func literal}:
rangecap.go:15:19:     from func literal (spill) at rangecap.go:15:19
rangecap.go:15:19:     from append(fs, func literal) (call parameter) at rangecap.go:15:14
rangecap.go:14:3: loopCopy capturing by value: v (addr=false assign=false width=8)
rangecap.go:12:15: s does not escape
rangecap.go:15:19: func literal escapes to heap
