// The SSA back end's register ABI: SSA-compiled functions call each other
// with their words in registers (integers in %rdi, %rsi, %r8-%r11, floats
// in %xmm1-%xmm6) and are still called through the stack ABI by the tree
// walker, func values and deferred calls. Results that swap registers
// (parallel moves with cycles), more words than registers (stack ABI
// only), narrow integers, slices, floats mixed with integers, unused
// results, recursion and a panic inside a register call.
package main

import "fmt"

func swap(a, b int) (int, int) { return b, a }

func rot3(a, b, c int) (int, int, int) { return c, a, b }

func narrow(a int8, b uint16, c int32) (int8, uint8) {
	return a + int8(c), uint8(b) + 1
}

func mix(a float64, n int, b float64, m int) (float64, int) {
	return a*float64(n) + b, n*m + int(b)
}

// seven integer words: more than the registers, so the stack ABI only
func seven(a, b, c, d, e, f, g int) int { return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g }

func six(a, b, c, d, e, f int) int { return seven(f, e, d, c, b, a, 1) }

func sum(s []int) (int, int) {
	t := 0
	for _, x := range s {
		t += x
	}
	return t, len(s)
}

func tail(s []int, k int) []int { return s[k:] }

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func at(s []int, i int) int { return s[i] }

func get(s []int, i int) int { return at(s, i) + 1 }

// SSA-compiled too: its calls are register calls (but seven's)
func calls(s []int) (int, int, int, int, int, int) {
	a, b := swap(1, 2)
	for i := 0; i < 3; i++ {
		a, b = swap(a, b)
	}
	x, y, z := rot3(a, b, 3)
	x, y, z = rot3(x, y, z)
	p, q := narrow(127, 65535, 1)
	f, n := mix(1.5, 4, 0.25, -3)
	_, n2 := mix(2, 3, 4, 5)
	t, l := sum(s)
	return 100*a + 10*b + z, 100*x + 10*y + int(p) + int(q), int(f*100) + n + n2, six(1, 2, 3, 4, 5, 6), t*10 + l, ack(2, 3) + get(s, 4)
}

func main() {
	fmt.Println(calls([]int{1, 2, 3, 4, 5}))
	fmt.Println(sum(tail([]int{1, 2, 3, 4, 5}, 2)))
	g := swap // a func value: the stack ABI entry
	fmt.Println(g(7, 8))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer fmt.Println(seven(1, 2, 3, 4, 5, 6, 7))
	s := []int{1, 2}
	fmt.Println(get(s, 2))
}
