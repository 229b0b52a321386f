basic.go:10:2: x escapes to heap:
basic.go:10:2:   flow: ~r0 = &x:
basic.go:10:2:     from &x (address-of) at basic.go:11:9
basic.go:10:2:     from return &x (return) at basic.go:11:2
basic.go:10:2: moved to heap: x
basic.go:14:15: parameter p leaks to ~r0 with derefs=0:
basic.go:14:15:   flow: ~r0 = p:
basic.go:14:15:     from return p (return) at basic.go:15:2
basic.go:14:15: leaking param: p to result ~r0 level=0
basic.go:18:12: parameter p leaks to ~r0 with derefs=1:
basic.go:18:12:   flow: ~r0 = *p:
basic.go:18:12:     from *p (indirection) at basic.go:19:9
basic.go:18:12:     from return *p (return) at basic.go:19:2
basic.go:18:12: leaking param: p to result ~r0 level=1
basic.go:24:12: parameter p leaks to {heap} with derefs=0:
basic.go:24:12:   flow: {heap} = p:
basic.go:24:12:     from global = p (assign) at basic.go:25:9
basic.go:24:12: leaking param: p
basic.go:28:19: parameter pp leaks to {heap} with derefs=1:
basic.go:28:19:   flow: {heap} = *pp:
basic.go:28:19:     from *pp (indirection) at basic.go:29:11
basic.go:28:19:     from global = *pp (assign) at basic.go:29:9
basic.go:28:19: leaking param content: pp
basic.go:32:12: p does not escape
basic.go:37:10: new(int) does not escape
basic.go:43:12: new(int) escapes to heap:
basic.go:43:12:   flow: ~r0 = &{storage for new(int)}:
basic.go:43:12:     from new(int) (spill) at basic.go:43:12
basic.go:43:12:     from return new(int) (return) at basic.go:43:2
basic.go:43:12: new(int) escapes to heap
basic.go:47:9: &T{...} escapes to heap:
basic.go:47:9:   flow: ~r0 = &{storage for &T{...}}:
basic.go:47:9:     from &T{...} (spill) at basic.go:47:9
basic.go:47:9:     from return &T{...} (return) at basic.go:47:2
basic.go:47:9: &T{...} escapes to heap
basic.go:51:7: &T{...} does not escape
basic.go:58:2: b escapes to heap:
basic.go:58:2:   flow: {heap} = &b:
basic.go:58:2:     from &b (address-of) at basic.go:59:8
basic.go:58:2:     from store(&b) (call parameter) at basic.go:59:7
basic.go:60:2: c escapes to heap:
basic.go:60:2:   flow: pc = &c:
basic.go:60:2:     from &c (address-of) at basic.go:61:8
basic.go:60:2:     from pc := &c (assign) at basic.go:61:5
basic.go:60:2:   flow: {heap} = pc:
basic.go:60:2:     from &pc (address-of) at basic.go:62:15
basic.go:60:2:     from storeContent(&pc) (call parameter) at basic.go:62:14
basic.go:58:2: moved to heap: b
basic.go:60:2: moved to heap: c
