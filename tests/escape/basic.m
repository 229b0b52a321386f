basic.go:10:2: moved to heap: x
basic.go:14:15: leaking param: p to result ~r0 level=0
basic.go:18:12: leaking param: p to result ~r0 level=1
basic.go:24:12: leaking param: p
basic.go:28:19: leaking param content: pp
basic.go:32:12: p does not escape
basic.go:37:10: new(int) does not escape
basic.go:43:12: new(int) escapes to heap
basic.go:47:9: &T{...} escapes to heap
basic.go:51:7: &T{...} does not escape
basic.go:58:2: moved to heap: b
basic.go:60:2: moved to heap: c
