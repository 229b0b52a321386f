generic_func_values.go:21:6: moved to heap: l1
generic_func_values.go:24:6: moved to heap: x
generic_func_values.go:31:6: moved to heap: l3
generic_func_values.go:34:13: ... argument does not escape
generic_func_values.go:34:16: l1.items escapes to heap
generic_func_values.go:34:16: x escapes to heap
generic_func_values.go:34:29: l2.items escapes to heap
generic_func_values.go:34:29: y escapes to heap
generic_func_values.go:34:42: l3.items escapes to heap
generic_func_values.go:35:13: ... argument does not escape
generic_func_values.go:35:13: .autotmp_8 escapes to heap
generic_func_values.go:35:13: .autotmp_9 escapes to heap
generic_func_values.go:37:23: ... argument does not escape
generic_func_values.go:37:23: .autotmp_11 escapes to heap
generic_func_values.go:37:23: .autotmp_12 escapes to heap
generic_func_values.go:38:13: ... argument does not escape
generic_func_values.go:38:16: l4.items escapes to heap
generic_func_values.go:40:13: ... argument does not escape
generic_func_values.go:40:30: (func literal)(&s) escapes to heap
generic_func_values.go:40:49: (func literal)(s) escapes to heap
generic_func_values.go:41:20: "deferred" escapes to heap
generic_func_values.go:41:33: s.items escapes to heap
generic_func_values.go:41:19: ... argument does not escape
