package main

type Celsius float64

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	var p Pair[Celsius, []int] = 3
	_ = p
}
