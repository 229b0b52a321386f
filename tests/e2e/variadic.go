// Variadic functions: packing, spreading a slice, empty calls, ...interface{}.
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func describe(prefix string, vals ...interface{}) {
	fmt.Println(prefix, len(vals), vals)
}

func modify(xs ...int) { xs[0] = -1 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...))
	modify(nums...)
	fmt.Println(nums)
	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))
	describe("mixed:", 1, "two", 3.5, true, nil)
	describe("none:")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
}
