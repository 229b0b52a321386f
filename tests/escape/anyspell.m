anyspell.go:6:8: leaking param: x
anyspell.go:8:11: make([]any, n) escapes to heap
anyspell.go:9:11: make([]interface {}, n) escapes to heap
anyspell.go:10:11: make([]rune, n) escapes to heap
anyspell.go:11:11: make([]int32, n) escapes to heap
anyspell.go:12:11: make([]uint8, n) escapes to heap
anyspell.go:13:26: s escapes to heap
anyspell.go:13:26: t escapes to heap
anyspell.go:13:26: u escapes to heap
anyspell.go:13:26: v escapes to heap
anyspell.go:13:26: w escapes to heap
