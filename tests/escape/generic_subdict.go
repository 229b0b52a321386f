package main

import "fmt"

// Generic bodies calling generics with their own type parameters read the
// callee's dictionary out of theirs: -m prints the caller's dictionary length.

type Stringer interface{ String() string }

type List[T any] struct{ items []T }

func (l *List[T]) Add(v T)  { l.items = append(l.items, v) }
func (l *List[T]) Len() int { return len(l.items) }

type Named[T any] struct {
	List[T]
	Name string
}

func (n *Named[T]) Describe() string { return fmt.Sprint(n.Name, n.Len()) }

func Count[T any](xs ...T) int { return len(xs) }

func Wrap[T any](v T) []T { return []T{v} }

// variadic call (no packed slice in gc's layout), a closure, a blank parameter
func Outer[T any](a, b T, _ []T) any {
	f := func(x T) int { return Count(x, a) }
	return Count(a, b) + f(b)
}

// bound method calls, a method expression and an itab conversion
func Show[T Stringer](v T) any {
	var s Stringer = v
	_, _, _ = T.String, v.String(), s
	return len(Wrap(v))
}

// a type assertion to the type parameter and a comparison with an interface
func Pick[T comparable](i Stringer, t T) any {
	if u, ok := i.(T); ok && u == t {
		return Count[T]()
	}
	return nil
}

// a constraint made of another type parameter
func Clone[S ~[]E, E any](s S) any {
	return Count(s...)
}

type Celsius float64

func (c Celsius) String() string { return "C" }

func main() {
	n := Named[int]{Name: "n"}
	n.Add(1)
	fmt.Println(n.Describe(), Outer(1, 2, nil), Show(Celsius(1)), Pick[Celsius](Celsius(1), 1), Clone([]int{1}))
}
