argpos.go:6:11: parameter i leaks to {heap} with derefs=0:
argpos.go:6:11:   flow: {heap} = i:
argpos.go:6:11:     from sink = i (assign) at argpos.go:6:33
argpos.go:6:11: leaking param: i
argpos.go:9:6: x escapes to heap:
argpos.go:9:6:   flow: {heap} = &{storage for x}:
argpos.go:9:6:     from x (spill) at argpos.go:9:6
argpos.go:9:6:     from take(x) (call parameter) at argpos.go:9:6
argpos.go:9:6: x escapes to heap
argpos.go:13:6: x escapes to heap:
argpos.go:13:6:   flow: {heap} = &{storage for x}:
argpos.go:13:6:     from x (spill) at argpos.go:13:6
argpos.go:13:6:     from take(x) (call parameter) at argpos.go:13:6
argpos.go:13:6: x escapes to heap
