results.go:6:17: r escapes to heap:
results.go:6:17:   flow: {heap} = &r:
results.go:6:17:     from &r (address-of) at results.go:7:6
results.go:6:17:     from g = &r (assign) at results.go:7:4
results.go:6:8: parameter p leaks to r with derefs=0:
results.go:6:8:   flow: r = p:
results.go:6:8:     from r = p (assign) at results.go:8:4
results.go:6:8: leaking param: p
results.go:6:17: moved to heap: r
results.go:12:8: parameter x leaks to ~r0 with derefs=0:
results.go:12:8:   flow: ~r0 = &x:
results.go:12:8:     from &x (address-of) at results.go:13:9
results.go:12:8:     from return &x (return) at results.go:13:2
results.go:12:8: x escapes to heap:
results.go:12:8:   flow: ~r0 = &x:
results.go:12:8:     from &x (address-of) at results.go:13:9
results.go:12:8:     from return &x (return) at results.go:13:2
results.go:12:8: moved to heap: x
results.go:21:11: parameter head leaks to {heap} with derefs=0:
results.go:21:11:   flow: {heap} = head:
results.go:21:11:     from n.next = head (assign) at results.go:23:9
results.go:22:7: &node{...} escapes to heap:
results.go:22:7:   flow: n = &{storage for &node{...}}:
results.go:22:7:     from &node{...} (spill) at results.go:22:7
results.go:22:7:     from n := &node{...} (assign) at results.go:22:4
results.go:22:7:   flow: ~r0 = n:
results.go:22:7:     from return n (return) at results.go:24:2
results.go:21:11: leaking param: head
results.go:22:7: &node{...} escapes to heap
results.go:27:10: head does not escape
