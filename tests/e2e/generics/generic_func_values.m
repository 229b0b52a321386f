generic_func_values.go:18:6: moved to heap: l1
generic_func_values.go:21:6: moved to heap: x
generic_func_values.go:28:6: moved to heap: l3
generic_func_values.go:31:13: ... argument does not escape
generic_func_values.go:31:16: l1.items escapes to heap
generic_func_values.go:31:16: x escapes to heap
generic_func_values.go:31:29: l2.items escapes to heap
generic_func_values.go:31:29: y escapes to heap
generic_func_values.go:31:42: l3.items escapes to heap
generic_func_values.go:32:13: ... argument does not escape
generic_func_values.go:32:13: .autotmp_8 escapes to heap
generic_func_values.go:32:13: .autotmp_9 escapes to heap
generic_func_values.go:34:23: ... argument does not escape
generic_func_values.go:34:23: .autotmp_11 escapes to heap
generic_func_values.go:34:23: .autotmp_12 escapes to heap
generic_func_values.go:35:13: ... argument does not escape
generic_func_values.go:35:16: l4.items escapes to heap
