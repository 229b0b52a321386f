package main

import "fmt"

type Celsius float64

type Foo struct{ n int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// Each reports something per compiled body, so that -m shows which
// instances gc compiles.
func Each[T any](xs []T, f func(T)) {
	for i := range xs {
		x := xs[i]
		f(x)
	}
	var last T
	fmt.Println(&last == nil)
}

func Wrap[T any](x T) []T {
	return []T{x}
}

func All[T any](x T) {
	Each([][]T{Wrap(x)}, func([]T) {})
}

func Pairs[K comparable, V any](k K, v V) {
	Each([]Pair[K, V]{{k, v}}, func(Pair[K, V]) {})
}

func main() {
	All(Celsius(1))
	All(&Foo{1})
	All(2.5)
	Pairs("a", Pair[int, Celsius]{1, 2})
	Each([][]Celsius{{1}}, func([]Celsius) {})
}
