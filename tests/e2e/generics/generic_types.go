// Generic types: a stack with pointer-receiver methods, a pair with two
// type parameters, a recursive list, embedding of instances, instances as
// map keys and interface values, and how %T and %v print them.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v:%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type List[T any] struct {
	head T
	tail *List[T]
}

func (l *List[T]) Prepend(v T) *List[T] { return &List[T]{v, l} }

func (l *List[T]) Each(f func(T)) {
	for ; l != nil; l = l.tail {
		f(l.head)
	}
}

type Named[T any] struct {
	Stack[T]
	name string
}

type Lener interface{ Len() int }

type Celsius float64

type Vec[T any] []T

func (v Vec[T]) First() T { return v[0] }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	top, ok := s.Pop()
	fmt.Println(top, ok, s.Len())
	fmt.Printf("%T %v %+v\n", s, s, &s)

	p := MakePair("answer", 42)
	fmt.Println(p, MakePair(Celsius(1.5), []int{1}))
	fmt.Printf("%T|%v|%+v|%T\n", p, p.Key, Pair[int, bool]{1, true}, Pair[Celsius, *int]{})

	var l *List[int]
	l = l.Prepend(3).Prepend(2).Prepend(1)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Printf("%d %T\n", sum, l)

	n := Named[float64]{name: "n"}
	n.Push(2.5)
	var le Lener = n
	fmt.Println(le.Len(), n.items, n.name)
	fmt.Printf("%T\n", le)

	counts := map[Pair[string, int]]int{}
	counts[MakePair("x", 1)]++
	counts[MakePair("x", 1)]++
	counts[Pair[string, int]{"y", 2}]++
	fmt.Println(len(counts), counts[Pair[string, int]{"x", 1}])

	var anyv any = Pair[string, int]{"k", 7}
	if q, ok := anyv.(Pair[string, int]); ok {
		fmt.Println("pair", q.Val)
	}
	switch anyv.(type) {
	case Pair[int, int]:
		fmt.Println("wrong")
	case fmt.Stringer:
		fmt.Println("stringer", anyv)
	}

	v := Vec[Celsius]{3, 4}
	fmt.Printf("%v %T %v\n", v.First(), v, Vec[string]{"z"}.First())
	push := s.Push
	push("c")
	fmt.Println(s.items, (*Stack[string]).Len(&s))
}
