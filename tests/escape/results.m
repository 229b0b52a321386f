results.go:6:8: leaking param: p
results.go:6:17: moved to heap: r
results.go:12:8: moved to heap: x
results.go:21:11: leaking param: head
results.go:22:7: &node{...} escapes to heap
results.go:27:10: head does not escape
