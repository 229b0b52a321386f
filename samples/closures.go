// closures.go - functions that capture variables: a counter generator,
// a memoiser, and a small middleware chain.
package main

import "fmt"

// Each call of newCounter makes a fresh n; the returned closure keeps it
// alive (escape analysis moves n to the heap: "moved to heap: n").
func newCounter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// memoize wraps f with a cache the closure shares between calls.
func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		v := f(x)
		cache[x] = v
		return v
	}
}

type handler func(string) string

// logging returns a handler that reports calls of next.
func logging(name string, next handler) handler {
	return func(s string) string {
		fmt.Println("  ->", name, s)
		out := next(s)
		fmt.Println("  <-", name, out)
		return out
	}
}

func main() {
	a, b := newCounter(), newCounter()
	fmt.Println(a(), a(), a(), b())

	calls := 0
	slowSquare := func(x int) int {
		calls++
		return x * x
	}
	sq := memoize(slowSquare)
	fmt.Println(sq(12), sq(12), sq(3), "calls:", calls)

	upper := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
		return string(b)
	}
	h := logging("outer", logging("inner", upper))
	fmt.Println("result:", h("hello"))
}
