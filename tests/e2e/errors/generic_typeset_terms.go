package main

type Number interface {
	~int | ~int8 | ~float64
}

func Mod[T Number](a, b T) T {
	return a % b
}

func Big[T Number]() T {
	var x T = 300
	return x
}

func Half[T Number](a T) T {
	return a / 2
}

func main() {}
