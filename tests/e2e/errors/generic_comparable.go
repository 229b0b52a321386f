package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Eq[any](1, 2)
}
