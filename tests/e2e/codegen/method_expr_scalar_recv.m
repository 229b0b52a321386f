method_expr_scalar_recv.go:12:18: leaking param: p to result ~r0 level=0
method_expr_scalar_recv.go:13:7: leaking param: i to result ~r0 level=0
method_expr_scalar_recv.go:23:7: m does not escape
method_expr_scalar_recv.go:23:16: k does not escape
method_expr_scalar_recv.go:26:6: moved to heap: a
method_expr_scalar_recv.go:33:6: moved to heap: o
method_expr_scalar_recv.go:35:6: moved to heap: i
method_expr_scalar_recv.go:30:13: ... argument does not escape
method_expr_scalar_recv.go:30:15: f(&a) escapes to heap
method_expr_scalar_recv.go:30:21: *g(&a, &x) escapes to heap
method_expr_scalar_recv.go:32:13: ... argument does not escape
method_expr_scalar_recv.go:32:20: In.Get(b) escapes to heap
method_expr_scalar_recv.go:32:39: (*In).Ptr(&b) != nil escapes to heap
method_expr_scalar_recv.go:34:13: ... argument does not escape
method_expr_scalar_recv.go:34:21: Out.Get(o) escapes to heap
method_expr_scalar_recv.go:34:36: (*Out).Get(&o) escapes to heap
method_expr_scalar_recv.go:37:13: ... argument does not escape
method_expr_scalar_recv.go:37:22: POut.Get(p) escapes to heap
method_expr_scalar_recv.go:37:39: POut.Ptr(p) != nil escapes to heap
method_expr_scalar_recv.go:38:8: M{...} does not escape
method_expr_scalar_recv.go:40:13: ... argument does not escape
method_expr_scalar_recv.go:40:15: h(&m, "k") escapes to heap
