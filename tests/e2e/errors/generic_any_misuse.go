package main

func Max[T any](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Eq[T any](a, b T) bool { return a == b }

func Conv[T any](x int) T { return T(x) }

func IsNil[T any](x T) bool { return x == nil }

func Keys[K any, V any](m map[K]V) {}

func Assert[T any](x T) int { return x.(int) }

func main() {}
