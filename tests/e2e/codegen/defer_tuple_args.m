defer_tuple_args.go:16:14: leaking param: a
defer_tuple_args.go:16:21: leaking param: e
defer_tuple_args.go:19:20: leaking param: e
defer_tuple_args.go:15:19: .autotmp_2 escapes to heap
defer_tuple_args.go:15:19: .autotmp_3 escapes to heap
defer_tuple_args.go:15:19: ... argument does not escape
defer_tuple_args.go:16:9: func literal escapes to heap
defer_tuple_args.go:16:41: ... argument does not escape
defer_tuple_args.go:16:42: "pair" escapes to heap
defer_tuple_args.go:16:57: .autotmp_4 escapes to heap
defer_tuple_args.go:18:18: .autotmp_7 escapes to heap
defer_tuple_args.go:18:18: .autotmp_8 escapes to heap
defer_tuple_args.go:18:18: ... argument does not escape
defer_tuple_args.go:19:8: func literal does not escape
defer_tuple_args.go:19:40: ... argument does not escape
defer_tuple_args.go:19:41: "typed" escapes to heap
defer_tuple_args.go:19:41: a escapes to heap
