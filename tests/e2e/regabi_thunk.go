// regabi_thunk: functions with a register ABI entered at their stack ABI
// entry (a thunk that calls the body and stores its results for the
// caller): through func values, interface and method values, go and
// defer, with integer, float, string and slice words in and out, and from
// functions the tree walker compiles (which call the register entry).
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func scale(x float64, k int) (float64, bool) {
	return x * float64(k), k > 2
}

func join(s string, xs []int) (string, []int) {
	return s + "!", xs[1:]
}

type counter struct{ n int }

func (c *counter) add(d int) int {
	c.n += d
	return c.n
}

type adder interface{ add(int) int }

func twice(f func(int, int) (int, int), a, b int) (int, int) {
	q, r := f(a, b)
	return f(q+r, b)
}

func report(tag string, n int) {
	fmt.Println("deferred", tag, n)
}

// walked goes through the tree walker (a defer): its direct calls of
// divmod and scale use their register entries.
func walked() {
	defer report("walked", 7)
	q, r := divmod(47, 5)
	x, big := scale(1.5, 3)
	fmt.Println(q, r, x, big)
}

func main() {
	f := divmod
	fmt.Println(f(17, 5))
	fmt.Println(twice(divmod, 100, 7))
	g := scale
	fmt.Println(g(2.25, 4))
	h := join
	s, xs := h("hey", []int{1, 2, 3})
	fmt.Println(s, xs, len(xs), cap(xs))
	c := &counter{}
	var a adder = c
	a.add(3)
	m := c.add
	fmt.Println(m(4), c.n)
	done := make(chan bool)
	go func() {
		fmt.Println(divmod(9, 4))
		done <- true
	}()
	<-done
	walked()
}
