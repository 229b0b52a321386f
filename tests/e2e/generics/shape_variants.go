package main

// Generic bodies instantiating generics with types made of their type
// parameters (Stack[[]T], Pair[K, Pair[V, K]]): results and %T as Go's.

import "fmt"

type Celsius float64

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)    { s.items = append(s.items, v) }
func (s *Stack[T]) Len() int    { return len(s.items) }
func (s *Stack[T]) Top() T      { return s.items[len(s.items)-1] }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Group[T any](xs ...T) *Stack[[]T] {
	var s Stack[[]T]
	for i := 0; i < len(xs); i += 2 {
		end := i + 2
		if end > len(xs) {
			end = len(xs)
		}
		s.Push(xs[i:end])
	}
	return &s
}

func Pairs[K comparable, V comparable](k K, v V) []Pair[K, Pair[V, K]] {
	out := []Pair[K, Pair[V, K]]{}
	st := Group(Pair[V, K]{v, k}, Pair[V, K]{v, k})
	for _, g := range st.items {
		for _, p := range g {
			out = append(out, Pair[K, Pair[V, K]]{k, p})
		}
	}
	return out
}

func main() {
	g := Group(Celsius(1), 2, 3)
	fmt.Println(g.Len(), g.Top(), g.items)
	h := Group(&g, nil)
	fmt.Println(h.Len(), h.Top()[1] == nil)
	fmt.Printf("%v %+v\n", Pairs("a", 1.5), Pairs(Celsius(2), "x"))
	var sg Stack[[]Celsius]
	sg.Push([]Celsius{4})
	fmt.Printf("%T %v\n", sg, sg.Top())
}
