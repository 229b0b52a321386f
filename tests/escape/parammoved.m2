parammoved.go:4:8: parameter p leaks to ~r0 with derefs=0:
parammoved.go:4:8:   flow: ~r0 = &p:
parammoved.go:4:8:     from &p (address-of) at parammoved.go:4:31
parammoved.go:4:8:     from return &p (return) at parammoved.go:4:24
parammoved.go:4:8: p escapes to heap:
parammoved.go:4:8:   flow: ~r0 = &p:
parammoved.go:4:8:     from &p (address-of) at parammoved.go:4:31
parammoved.go:4:8:     from return &p (return) at parammoved.go:4:24
parammoved.go:4:8: moved to heap: p
parammoved.go:6:8: parameter p leaks to ~r1 with derefs=0:
parammoved.go:6:8:   flow: ~r1 = &p:
parammoved.go:6:8:     from &p (address-of) at parammoved.go:6:42
parammoved.go:6:8:     from return p, &p (return) at parammoved.go:6:32
parammoved.go:6:8: p escapes to heap:
parammoved.go:6:8:   flow: ~r1 = &p:
parammoved.go:6:8:     from &p (address-of) at parammoved.go:6:42
parammoved.go:6:8:     from return p, &p (return) at parammoved.go:6:32
parammoved.go:6:8: moved to heap: p
