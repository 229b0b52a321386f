package main

type Number interface {
	~int | ~int8 | ~float64
}

func Big[T Number]() T {
	var x T = 300
	y := T(1000)
	return x + y + 0.5
}

func main() {}
