tuple_assign_conv.go:14:16: leaking param: a
tuple_assign_conv.go:14:23: leaking param: b
tuple_assign_conv.go:14:56: ... argument does not escape
tuple_assign_conv.go:14:58: r.n escapes to heap
tuple_assign_conv.go:18:12: a escapes to heap
tuple_assign_conv.go:18:12: c escapes to heap
tuple_assign_conv.go:21:60: .autotmp_3 escapes to heap
tuple_assign_conv.go:21:60: .autotmp_5 escapes to heap
tuple_assign_conv.go:28:9: .autotmp_3 escapes to heap
tuple_assign_conv.go:28:9: .autotmp_4 escapes to heap
tuple_assign_conv.go:31:8: .autotmp_7 escapes to heap
tuple_assign_conv.go:33:12: ... argument does not escape
tuple_assign_conv.go:33:12: .autotmp_11 escapes to heap
tuple_assign_conv.go:35:13: ... argument does not escape
tuple_assign_conv.go:35:13: c escapes to heap
tuple_assign_conv.go:35:13: y escapes to heap
tuple_assign_conv.go:36:13: ... argument does not escape
tuple_assign_conv.go:38:13: ... argument does not escape
tuple_assign_conv.go:38:19: r.Two(pair()) escapes to heap
