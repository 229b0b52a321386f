package main

func Assert[T any](x T) int {
	var m map[T]bool
	_ = m
	return x.(int)
}

func main() {}
