// Closures: counters, shared captured variables, closures returning closures.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	fmt.Println(add5(1), compose(add5, double)(10), compose(double, add5)(10))

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	funcs = funcs[:0]
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	acc := 0
	apply := func(vals []int, f func(int)) {
		for _, v := range vals {
			f(v)
		}
	}
	apply([]int{1, 2, 3, 4}, func(v int) { acc += v * v })
	fmt.Println("sum of squares", acc)
	func() {
		msg := "immediately invoked"
		fmt.Println(msg)
	}()
	nest := func() func() string {
		s := "outer"
		return func() string { s += "!"; return s }
	}()
	fmt.Println(nest(), nest())
}
