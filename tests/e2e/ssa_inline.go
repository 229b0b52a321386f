// Calls of small leaf functions the SSA back end inlines (build_inline.c):
// arguments are evaluated once, in order; the callee's run-time checks
// (nil, shift, division by zero) still panic with Go's messages.
package main

import "fmt"

type pt struct{ x, y int }

func evalA(i, j int) float64        { return 1.0 / float64((i+j)*(i+j+1)/2+i+1) }
func add8(a, b int8) int8           { return a + b }
func inRange(x, lo, hi int) bool    { return x >= lo && x < hi }
func sum(p *pt) int                 { return p.x + p.y }
func shl(x int, s int) int          { return x << s }
func div(a, b int) int              { return a / b }
func second(_ int, b uint32) uint32 { return b * 3 }

var trace []int

var origin = &pt{3, 4}

func note(v int) int {
	trace = append(trace, v)
	return v
}

// Not leaves (they call), so not inlined: the SSA functions the
// deferring ones below call, where sum and shl are inlined.
func sumOf(p *pt) int    { return sum(p) + 1 }
func shlBy(x, n int) int { return shl(x, n) - 1 }

func tryNil() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var q *pt
	fmt.Println(sumOf(q))
}

func tryShift(n int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(shlBy(1, n))
}

func norm(n int) float64 {
	s := 0.0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			s += evalA(i, j)
		}
	}
	return s
}

func main() {
	fmt.Println(int(norm(5) * 1e6))
	fmt.Println(add8(100, 100), inRange(3, 0, 5), inRange(5, 0, 5))
	fmt.Println(div(note(7), note(2)), trace)
	fmt.Println(second(note(1), 4000000000))
	p := origin
	fmt.Println(sum(p), shl(1, 10), sumOf(p), shlBy(2, 3))
	tryNil()
	tryShift(-1)
	zero := len(trace) - 3
	fmt.Println(div(10, zero))
}
