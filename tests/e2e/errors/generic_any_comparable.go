package main

// a type parameter constrained by any is not comparable
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Flip[K comparable, V any](p Pair[K, V]) Pair[V, K] {
	return Pair[V, K]{p.Val, p.Key}
}

func main() {}
