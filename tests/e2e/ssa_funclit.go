// Function literals made by SSA functions: a closure object with the
// code's address and copies of the variables captured by value, on the
// heap when it escapes (runtime_new, the verdict in the assembly) or in
// a frame area when escape analysis keeps it on the stack; literals
// without captures use their static closure; literals made in a loop,
// inside other literals (a capture of a capture), with string, slice,
// float64 and struct captures.
package main

import "fmt"

type pt struct{ x, y int }

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func local(n int, s string, fs []float64, p pt) int {
	f := func(i int) int { return i*n + len(s) + int(fs[i%len(fs)]) + p.x - p.y } // does not escape
	sum := 0
	for i := 0; i < 5; i++ {
		sum += f(i)
	}
	return sum
}

func makers(n int) []func() int {
	var out []func() int
	for i := 0; i < n; i++ {
		j := i * i
		out = append(out, func() int { return j + n })
	}
	return out
}

func nested(a int) func(int) func() int {
	return func(b int) func() int {
		return func() int { return a*100 + b }
	}
}

func plain() func(int) int {
	return func(x int) int { return -x }
}

func words(s string, b []byte) func() (string, int) {
	return func() (string, int) { return s + string(b), cap(b) }
}

func main() {
	f := compose(adder(3), compose(adder(-1), plain()))
	fmt.Println(f(10), adder(7)(8), plain()(4))
	fmt.Println(local(3, "abc", []float64{1.5, 2.5}, pt{7, 2}))
	for _, g := range makers(4) {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	fmt.Println(nested(4)(5)(), nested(-1)(2)())
	w, c := words("go", []byte("pher"))()
	fmt.Println(w, c)
	total := 0
	for i := 0; i < 100000; i++ { // many heap closures: the collector runs
		total += adder(i)(1) + len(makers(2))
	}
	fmt.Println(total)
}
