// Bounds checks in SSA functions: removed only where a dominating
// `i < len(s)` and a non-negative i prove them (sumAll); kept for other
// bounds, starts and strides, where they panic with Go's message. The
// panics unwind through SSA frames that changed callee-saved registers
// to a recover in a tree-walker function (it has a defer); the SSA
// caller's values, kept in callee-saved registers, survive.
package main

import "fmt"

func at(s []int, i int) int { return s[i] }

func sumAll(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

// n may be beyond len(s); t and i live across calls (callee-saved).
func sumTo(s []int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += at(s, i) + s[i]
	}
	return t
}

func fromMinusOne(s []int) int {
	t := 0
	for i := -1; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func stride(s []int, k int) int {
	t := 0
	for i := 0; i < len(s); i += k {
		t += s[i]
	}
	return t
}

func guard(f int, s []int, n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	switch f {
	case 0:
		return sumTo(s, n)
	case 1:
		return fromMinusOne(s)
	default:
		return stride(s, n)
	}
}

func keep(s []int, a, b int) (int, int, int) {
	c := a * b
	g := guard(0, s, a)
	h := guard(1, s, b)
	k := guard(2, s, 3)
	return a + c + k, b - c + h, g
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(sumAll(s), sumAll(nil))
	fmt.Println(keep(s, 3, 7))
	fmt.Println(keep(s, 9, 2))
	fmt.Println(guard(2, s, -1))
}
