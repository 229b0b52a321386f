init_order_gc.go:22:12: leaking param: name
init_order_gc.go:35:13: ... argument does not escape
init_order_gc.go:35:13: viaValue escapes to heap
init_order_gc.go:35:13: viaExpr escapes to heap
init_order_gc.go:35:47: viaMethodValue() escapes to heap
init_order_gc.go:36:13: ... argument does not escape
init_order_gc.go:36:13: order escapes to heap
init_order_gc.go:15:26: T(0).second escapes to heap
