// Wider inlining in the SSA back end (build_inline.c): methods with
// pointer and scalar receivers, bodies of several statements (locals,
// if/else, early returns, loops), several and named results, nested
// inlined calls; recursive callees stay calls. The results must be the
// ones of the calls, with arguments evaluated once and in order; a
// division by zero inside two inlined levels still panics with Go's
// message and exit status.
package main

import "fmt"

type counter struct{ n, hits int }

func (c *counter) add(d int) {
	if d < 0 {
		return
	}
	c.n += d
	c.hits++
}

func (c *counter) get() int { return c.n }

type cents int

func (c cents) dollars() (int, int) { return int(c) / 100, int(c) % 100 }

func (c cents) String() string { return fmt.Sprint(int(c)/100, ".", int(c)%100) }

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	} else if x > hi {
		return hi
	}
	return x
}

func sumTo(n int) (s int) {
	for i := 1; i <= n; i++ {
		s += i
	}
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a - q*b
	return
}

func swap(a, b string) (string, string) { return b, a }

func first(s []int) int {
	if len(s) == 0 {
		return -1
	}
	return s[0]
}

// nested: calls inlinable functions
func scaled(x, k int) int {
	q, r := divmod(x, k)
	return clamp(q, 0, 50)*10 + r
}

func popcount(x uint64) int {
	x = x - ((x >> 1) & 0x5555555555555555)
	x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333)
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0f
	return int((x * 0x0101010101010101) >> 56)
}

func fact(n int) int { // recursive: a call
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func even(n int) bool { // mutually recursive
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

var trace []int

func note(v int) int {
	trace = append(trace, v)
	return v
}

func run(c *counter, xs []int) int {
	t := 0
	for _, x := range xs {
		c.add(x)
		t += clamp(x, -5, 5) + scaled(x, 3)
	}
	return t + c.get()
}

func last(k int) int {
	return scaled(100, k)
}

func main() {
	c := &counter{}
	fmt.Println(run(c, []int{4, -7, 12, 0, 99, 3}), c.n, c.hits)
	d, m := cents(1234).dollars()
	fmt.Println(d, m, cents(705))
	fmt.Println(sumTo(10), sumTo(0))
	q, r := divmod(note(17), note(5))
	fmt.Println(q, r, trace)
	a, b := swap("x", "y")
	fmt.Println(a, b, first(nil), first([]int{8, 9}))
	fmt.Println(popcount(0xff00ff), popcount(1<<63|1), fact(10), even(10), odd(7))
	fmt.Println(last(7))
	fmt.Println(last(len(trace) - 2))
}
