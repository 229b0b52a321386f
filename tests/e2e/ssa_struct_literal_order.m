ssa_struct_literal_order.go:30:28: ... argument does not escape
ssa_struct_literal_order.go:30:30: v(3) escapes to heap
ssa_struct_literal_order.go:34:13: ... argument does not escape
ssa_struct_literal_order.go:34:15: F() escapes to heap
ssa_struct_literal_order.go:34:15: trace escapes to heap
ssa_struct_literal_order.go:36:13: ... argument does not escape
ssa_struct_literal_order.go:36:20: nested() escapes to heap
ssa_struct_literal_order.go:36:20: trace escapes to heap
