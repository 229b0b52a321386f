iface2.go:8:9: parameter p leaks to {heap} with derefs=0:
iface2.go:8:9:   flow: {heap} = p:
iface2.go:8:9:     from p (interface-converted) at iface2.go:8:17
iface2.go:8:9:     from sink = p (assign) at iface2.go:8:22
iface2.go:8:9: leaking param: p
iface2.go:9:17: t escapes to heap:
iface2.go:9:17:   flow: {heap} = &{storage for t}:
iface2.go:9:17:     from t (spill) at iface2.go:9:17
iface2.go:9:17:     from sink = t (assign) at iface2.go:9:22
iface2.go:9:17: t escapes to heap
iface2.go:10:17: 1 escapes to heap:
iface2.go:10:17:   flow: {heap} = &{storage for 1}:
iface2.go:10:17:     from 1 (spill) at iface2.go:10:17
iface2.go:10:17:     from sink = 1 (assign) at iface2.go:10:22
iface2.go:10:17: 1 escapes to heap
iface2.go:11:22: "boom" escapes to heap:
iface2.go:11:22:   flow: {heap} = &{storage for "boom"}:
iface2.go:11:22:     from "boom" (spill) at iface2.go:11:22
iface2.go:11:22:     from panic("boom") (call parameter) at iface2.go:11:22
iface2.go:11:22: "boom" escapes to heap
iface2.go:12:21: s escapes to heap:
iface2.go:12:21:   flow: {heap} = &{storage for s}:
iface2.go:12:21:     from s (spill) at iface2.go:12:21
iface2.go:12:21:     from sink = s (assign) at iface2.go:12:26
iface2.go:12:9: parameter s leaks to {storage for s} with derefs=0:
iface2.go:12:9:   flow: {storage for s} = s:
iface2.go:12:9:     from s (interface-converted) at iface2.go:12:21
iface2.go:12:9: leaking param: s
iface2.go:12:21: s escapes to heap
iface2.go:15:9: t escapes to heap:
iface2.go:15:9:   flow: ~r0 = &{storage for t}:
iface2.go:15:9:     from t (spill) at iface2.go:15:9
iface2.go:15:9:     from return t (return) at iface2.go:15:2
iface2.go:15:9: t escapes to heap
iface2.go:19:22: t does not escape
iface2.go:23:22: &T{} escapes to heap:
iface2.go:23:22:   flow: i = &{storage for &T{}}:
iface2.go:23:22:     from &T{} (spill) at iface2.go:23:22
iface2.go:23:22:     from &T{} (interface-converted) at iface2.go:23:24
iface2.go:23:22:     from i = &T{} (assign) at iface2.go:23:6
iface2.go:23:22:   flow: ~r0 = i:
iface2.go:23:22:     from i.(*T) (dot) at iface2.go:24:10
iface2.go:23:22:     from return i.(*T) (return) at iface2.go:24:2
iface2.go:23:22: &T{} escapes to heap
