// Function values: passing, storing in maps and slices, nil funcs, recursion.
package main

import "fmt"

type op func(int, int) int

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }
func mul(a, b int) int { return a * b }

func fold(xs []int, init int, f op) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func apply(n int, f func(int) int) int { return f(n) }

func main() {
	ops := map[string]op{"+": add, "-": sub, "*": mul}
	names := []string{"+", "-", "*"}
	for _, n := range names {
		fmt.Println(n, ops[n](7, 3))
	}
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(fold(xs, 0, add), fold(xs, 1, mul), fold(xs, 0, sub))
	var f func(int) int
	fmt.Println(f == nil)
	f = func(n int) int { return n * n }
	fmt.Println(f != nil, apply(9, f))
	table := []func(float64) float64{
		func(x float64) float64 { return x + 1 },
		func(x float64) float64 { return x / 2 },
	}
	v := 10.0
	for _, t := range table {
		v = t(v)
	}
	fmt.Println(v)
	pick := func(neg bool) op {
		if neg {
			return sub
		}
		return add
	}
	fmt.Println(pick(true)(1, 2), pick(false)(1, 2))
	fmt.Printf("%T\n", add)
}
