package main

type Box[T any] struct{ v T }

func main() {
	var b Box[int, string]
	_ = b
}
