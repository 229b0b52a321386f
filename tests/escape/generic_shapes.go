package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Celsius float64

type Box[T any] struct {
	val T
}

func NewBox[T any](v T) *Box[T] {
	return &Box[T]{val: v}
}

func (b *Box[T]) Get() T { return b.val }

func (b Box[T]) String() string {
	return fmt.Sprint(b.val)
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Collect[T any](n int, f func(int) T) []T {
	out := make([]T, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, f(i))
	}
	return out
}

func main() {
	b := NewBox(3)
	c := NewBox("s")
	fmt.Println(b.Get(), c.Get())
	fmt.Println(Sum([]int{1, 2}), Sum([]Celsius{1.5}), Sum([]float64{2}))
	sq := Collect(3, func(i int) int { return i * i })
	fmt.Println(len(sq))
}
