split_args.go:47:10: p does not escape
split_args.go:52:14: make([]int, 100) does not escape
split_args.go:71:13: ... argument does not escape
split_args.go:71:17: fib(20) escapes to heap
split_args.go:73:13: ... argument does not escape
split_args.go:73:13: c escapes to heap
split_args.go:73:13: v escapes to heap
split_args.go:74:13: ... argument does not escape
split_args.go:74:17: tak(12, 8, 4) escapes to heap
split_args.go:75:13: ... argument does not escape
split_args.go:75:19: scale(1.25, 5) escapes to heap
split_args.go:78:10: &node{...} escapes to heap
split_args.go:80:13: ... argument does not escape
split_args.go:80:17: sum(list, 0) escapes to heap
split_args.go:81:13: ... argument does not escape
split_args.go:81:19: after(3, 4) escapes to heap
split_args.go:82:13: ... argument does not escape
split_args.go:82:18: loop(5, 7) escapes to heap
