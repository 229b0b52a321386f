iface2.go:8:9: leaking param: p
iface2.go:9:17: t escapes to heap
iface2.go:10:17: 1 escapes to heap
iface2.go:11:22: "boom" escapes to heap
iface2.go:12:9: leaking param: s
iface2.go:12:21: s escapes to heap
iface2.go:15:9: t escapes to heap
iface2.go:19:22: t does not escape
iface2.go:23:22: &T{} escapes to heap
