// F-bounded and pointer-method constraints, aliases of instances, core
// type inference, method expressions of instances and closures.
package main

import "fmt"

type Lesser[T any] interface {
	Less(T) bool
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Age int

func (a Age) Less(b Age) bool { return a < b }

type List[T any] struct{ items []T }

func (l List[T]) Map(f func(T) string) List[string] {
	var out List[string]
	for _, v := range l.items {
		out.items = append(out.items, f(v))
	}
	return out
}

func (l *List[T]) Add(v T) *List[T] {
	l.items = append(l.items, v)
	return l
}

type IntList = List[int]

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

type Num interface{ ~int | ~float64 }

func Scale[S ~[]E, E Num](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func (v Vec) Sum() (s float64) {
	for _, x := range v {
		s += x
	}
	return
}

func Ptr[T any](v T) *T { return &v }

func Apply[T any, PT interface {
	*T
	Inc()
}](vals []T) {
	for i := range vals {
		PT(&vals[i]).Inc()
	}
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	fmt.Println(MinOf[Age](30, 12, 45))
	var il IntList
	il.Add(1).Add(2)
	fmt.Println(il.Map(func(i int) string { return fmt.Sprint(i * 3) }).items)
	fmt.Printf("%T %v\n", il, il)
	fmt.Println(Some(3).Or(4), Opt[string]{}.Or("dflt"))
	v := Scale(Vec{1, 2}, 2.5)
	fmt.Printf("%v %T %v\n", v, v, v.Sum())
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	cs := []Counter{{1}, {5}}
	Apply(cs)
	fmt.Println(cs)
	length := (*List[int]).Add
	length(&il, 9)
	fmt.Println(il.items, len(List[bool]{}.items))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return Some(i).Or(-1) })
	}
	fmt.Println(fs[0](), fs[2]())
}
