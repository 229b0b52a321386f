// Calls of func values from SSA functions with the register ABI of the
// func's type: the word before each function's entry names its register
// entry, or is 0 and the caller goes through the stack ABI. Callees of
// every kind: SSA function literals and functions, the tree walker's
// literals and functions (they defer), method values and expressions
// (thunks), a runtime function (runtime.NumGoroutine), an imported
// package's function (strings.ToUpper), a generic instance; float,
// string, slice, bool and multiple words in and out.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type P struct{ x, y int }

func (p P) Sum(k int) int     { return p.x + p.y*k }
func (p *P) Scale(k int) int  { p.x *= k; return p.x }
func (p P) Both() (int, bool) { return p.x - p.y, p.x > p.y }

type Summer interface{ Sum(k int) int }

func ssaAdd(x int) int { return x + 1 }

func treeAdd(x int) int {
	defer func() {}()
	return x + 2
}

func mix(a float64, s string, b []int, n int) (float64, string, int, bool) {
	return a * 2, s + "!", len(b) + n, a > float64(n)
}

func treeMix(a float64, s string, b []int, n int) (float64, string, int, bool) {
	defer func() {}()
	return a / 2, "<" + s + ">", cap(b) - n, s == ""
}

func Twice[T any](f func(T) T, x T) T { return f(f(x)) }

func callInts(fs []func(int) int, x int) int {
	for i := 0; i < len(fs); i++ {
		x = fs[i](x)
	}
	return x
}

func callMix(f func(float64, string, []int, int) (float64, string, int, bool), a float64, s string, b []int) (float64, string, int, bool) {
	return f(a, s, b, 7)
}

func callBoth(f func() (int, bool)) (int, bool) { return f() }

func callStr(f func(string) string, s string) string { return f(s) }

func callNone(f func() int) int { return f() }

func main() {
	k := 10
	p := P{3, 4}
	var s Summer = P{5, 6}
	count := 0
	fs := []func(int) int{
		ssaAdd,
		treeAdd,
		func(x int) int { return x * k },                          // SSA literal, capture by value
		func(x int) int { count++; return x + count },             // by reference
		func(x int) int { defer func() { count-- }(); return -x }, // the tree walker's literal
		p.Sum,
		(&p).Scale,
		nil, // a method expression's literal, below
		s.Sum,
		func(x int) int { return Twice(ssaAdd, x) },
	}
	fs[7] = func(x int) int { return P.Sum(P{x, 1}, 2) }
	for i := 0; i < 3; i++ {
		fmt.Println(callInts(fs, i), count, p)
	}
	fmt.Println(callMix(mix, 1.5, "a", []int{1, 2, 3}))
	fmt.Println(callMix(treeMix, 3, "b", make([]int, 2, 5)))
	fmt.Println(callMix(func(a float64, s string, b []int, n int) (float64, string, int, bool) {
		return a + float64(k), s + s, b[n%3], b == nil
	}, 0.25, "c", []int{4, 5, 6}))
	fmt.Println(callBoth(p.Both))
	fmt.Println(callBoth(P{1, 9}.Both))
	fmt.Println(callStr(strings.ToUpper, "upper"), callStr(strings.TrimSpace, "  trim  "))
	fmt.Println(callNone(runtime.NumGoroutine))
	fmt.Println(Twice(func(s string) string { return s + s }, "ab"))
}
