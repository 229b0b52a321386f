// Generic functions: explicit and inferred instantiation, type sets with ~,
// untyped constant arguments, variadic type parameters, generic recursion,
// generic functions as values and closures over type parameters.
package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int64 | ~uint8 | ~float32 | ~float64
}

type Celsius float64

type Small int8

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var out []T
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[T, A any](s []T, acc A, f func(A, T) A) A {
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func Contains[T comparable](s []T, x T) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// Power recurses through its own instance.
func Power[T Number](x T, n int) T {
	if n == 0 {
		return 1
	}
	return x * Power(x, n-1)
}

func Counter[T Number](step T) func() T {
	var total T
	return func() T {
		total += step
		return total
	}
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Describe[T any](v T) string {
	return fmt.Sprintf("%T=%v", v, v)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Celsius](20, 1.5), Sum[Small](100, 27, 1))
	fmt.Println(Sum[uint8](200, 100), Sum[float32](), Sum([]int64{5, 6}...))

	words := []string{"go", "generic", "x", "type"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Map[int, string](lens, func(n int) string { return fmt.Sprint(n * n) }))
	fmt.Println(Filter(words, func(s string) bool { return len(s) > 2 }))
	fmt.Println(Reduce(lens, "", func(acc string, n int) string { return acc + fmt.Sprint(n) }))

	fmt.Println(Contains(words, "x"), Contains([]float64{1, 2}, 3), Contains([]Celsius{1}, 1))
	fmt.Println(Power(2, 10), Power(1.5, 2), Power[Small](3, 4))

	next := Counter(Celsius(0.5))
	next()
	fmt.Println(next(), Describe(next()))

	sum := Sum[int]
	fmt.Printf("%T %v\n", sum, sum(4, 5))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}), Keys(map[Celsius][]int{}))
	fmt.Println(Describe(words[:1]), Describe(struct{ A, B int }{1, 2}), Describe[any](nil), Describe(&lens[0] != nil))
}
