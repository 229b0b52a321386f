// Generic arrays, trees, channels, defer/recover, type switches and
// constraint-typed maps: features working together in instances.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int32 | ~float64
}

type Matrix[T Number] [2][2]T

func (m Matrix[T]) Mul(o Matrix[T]) (r Matrix[T]) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

type Tree[K interface{ ~int | ~string }, V any] struct {
	root *node[K, V]
	n    int
}

type node[K interface{ ~int | ~string }, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &node[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Walk(f func(K, V)) {
	var walk func(*node[K, V])
	walk = func(n *node[K, V]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.k, n.v)
		walk(n.right)
	}
	walk(t.root)
}

func Produce[T any](vals ...T) <-chan T {
	ch := make(chan T, len(vals))
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

func Drain[T any](ch <-chan T) (out []T) {
	for v := range ch {
		out = append(out, v)
	}
	return
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) (r Result[T]) {
	defer func() {
		if p := recover(); p != nil {
			r.Err = fmt.Errorf("panic: %v", p)
		}
	}()
	v, err := f()
	return Result[T]{v, err}
}

func Kind[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + strings.ToUpper(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

func SortedKeys[M ~map[K]V, K interface{ ~int | ~string }, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

type Getter[T any] interface {
	Get() T
}

type constGetter[T any] struct{ v T }

func (c constGetter[T]) Get() T { return c.v }

func GetAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func main() {
	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), Matrix[float64]{{0.5, 0}, {0, 2}}.Mul(Matrix[float64]{{2, 0}, {0, 0.5}}))
	var t Tree[string, int]
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Put(w, i)
	}
	t.Walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println(t.n)
	fmt.Println(Drain(Produce(1, 2, 3)), Drain(Produce("x")))
	r := Try(func() (int, error) { return 0, errors.New("bad") })
	r2 := Try(func() (string, error) { panic("boom") })
	fmt.Printf("%+v %v %T\n", r, r2.Err, r2)
	fmt.Println(Kind(3), Kind("go"), Kind(ID(7)), Kind(2.5))
	fmt.Println(SortedKeys(map[string]bool{"b": true, "a": false, "c": true}))
	fmt.Println(GetAll[int](constGetter[int]{1}, constGetter[int]{2}))
	get := constGetter[string]{"mv"}.Get
	fmt.Println(get(), fmt.Sprintf("%T", get))
}
