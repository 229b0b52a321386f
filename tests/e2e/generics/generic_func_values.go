// Generic functions and methods of generic types used as values and
// called through a variable: gc's stenciler wraps each in a closure, whose
// result outlives everything, so what leaks to the result moves to the
// heap; called directly, the shape instance's tags apply. A method
// expression of a generic type is such a closure even where it is called.
package main

import "fmt"

type L[T any] struct{ items []T }

func (l *L[T]) Add(v T) *L[T] { l.items = append(l.items, v); return l }

func (l L[T]) Len() int { return len(l.items) }

func Id[T any](p *T) *T { return p }

func Pair[T any](a, b T) (T, T) { return b, a }

func main() {
	var l1 L[int]
	add := (*L[int]).Add
	add(&l1, 9)
	var x int
	id := Id[int]
	*id(&x) = 4
	var l2 L[int]
	(*L[int]).Add(&l2, 3)
	var y int
	*Id[int](&y) = 5
	var l3 L[string]
	m := l3.Add
	m("s")
	fmt.Println(l1.items, x, l2.items, y, l3.items)
	fmt.Println(Pair(Pair(1, 2)))
	var l4 L[int]
	l4.Add(len(fmt.Sprint(Pair("a", "b")))).Add(1)
	fmt.Println(l4.items)
	var s L[string]
	fmt.Println((*L[string]).Len(&s), L[string].Len(s))
	defer fmt.Println("deferred", s.items)
}
