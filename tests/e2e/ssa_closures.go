// Func values and function literals' bodies in the SSA back end: calls
// through func values (closure in %rdx), bodies that read captures by
// value (loaded from the closure once) and read and write captures by
// reference (through the closure's pointer), a recursive closure, func
// values in slices, parameters and results, multiple results, nil func
// values (compared, and a call of one panics).
package main

import "fmt"

func apply(fs []func(int) int, x int) int {
	for i := 0; i < len(fs); i++ {
		x = fs[i](x)
	}
	return x
}

func twice(f func(int, int) (int, int), a, b int) (int, int) {
	a, b = f(a, b)
	return f(a, b)
}

func pick(fs []func(int) int, i int) func(int) int {
	if i < 0 || i >= len(fs) {
		return nil
	}
	return fs[i]
}

func callOrZero(f func(int) int, x int) int {
	if f == nil {
		return 0
	}
	return f(x)
}

func call(f func(int) int, x int) int { return f(x) }

func main() {
	k8 := int8(100)
	scale := 2.5
	base := []int{10, 20, 30}
	counter := 0
	var hist []int
	fs := []func(int) int{
		func(x int) int { return x + int(k8+k8) },                 // int8 wraps: -56
		func(x int) int { return int(float64(x) * scale) },
		func(x int) int { return x + base[(x&1023)%3] },
		func(x int) int { counter += x; return x ^ counter },
		func(x int) int { hist = base; base = nil; return x - len(hist) },
	}
	fmt.Println(apply(fs, 7), counter, len(hist))
	counter = 100 // the closure sees the new value: captured by reference
	base = hist
	fmt.Println(apply(fs, 7), counter, len(hist), len(base))
	base = hist

	swap := func(a, b int) (int, int) { return b*2, a }
	fmt.Println(twice(swap, 3, 4))

	var collatz func(n, steps int) int
	collatz = func(n, steps int) int {
		if n == 1 {
			return steps
		}
		if n%2 == 0 {
			return collatz(n/2, steps+1)
		}
		return collatz(3*n+1, steps+1)
	}
	total := 0
	for n := 1; n < 1000; n++ {
		total += collatz(n, 0)
	}
	fmt.Println("collatz", total)

	compose := func(f, g func(int) int) func(int) int {
		return func(x int) int { return g(f(x)) }
	}
	h := compose(fs[0], compose(fs[1], fs[2]))
	fmt.Println(h(3), callOrZero(h, 5), callOrZero(pick(fs, 9), 5), callOrZero(pick(fs, 1), 5))

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(call(pick(fs, -1), 1))
}
