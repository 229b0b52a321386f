// Slice literals in the SSA back end: a backing array on the stack or
// the heap (as escape analysis decides) filled with the elements, the
// calls among them evaluated first (gc's order); keyed elements; an
// empty literal is not nil.
package main

import "fmt"

type pt struct{ x, y int }

var g = 1

func bump() int { g = 10; return 2 }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func primes() []int { return []int{2, 3, 5, 7, 11} }

func words() []string { return []string{2: "c", 0: "a", 1: "b"} }

func local(n int) int {
	ys := []int{n, n * 2, n * 3}  // does not escape
	return sum(ys) + len(ys)
}

func order() []int {
	g = 1
	return []int{g, bump(), g}
}

func main() {
	fmt.Println(sum(primes()), words(), local(4), order())
	e := []float64{}
	fmt.Println(e == nil, len(e), cap(e))
	fs := []float64{0.5, 1.25, -2}
	bs := []byte{'h', 'i', 0x21}
	ps := []pt{{1, 2}, {3, 4}}
	vs := []any{1, "two", 3.5, pt{5, 6}, nil, fs[1]}
	nest := [][]int{{1}, {2, 3}, nil, {}}
	fmt.Println(fs, string(bs), ps, vs, nest, len(nest[2]), nest[3] == nil)
	k := 3
	fmt.Println([]int{4, 5, 6}[k])
}
