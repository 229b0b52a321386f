package main

import "fmt"

type point struct {
	x, y int
	name string
}

var keep *int

// walk is compiled by the tree walker (a struct, a string, a call of
// fmt); n is moved to the heap, so gdb finds it through its pointer slot.
func walk(p *point, dx int) string {
	q := *p
	q.x += dx
	n := q.x * 2
	keep = &n
	label := fmt.Sprint(q.name, n)
	return label
}

// scaled is compiled by the SSA back end and not inlined (gdb sees no
// inlined calls): its values live in registers and its argument slots.
//
//go:noinline
func scaled(xs []int, k int) int {
	total := k * len(xs)
	for _, x := range xs {
		total += x * k
	}
	return total
}

// both is SSA-compiled too: it calls scaled through its register ABI
// entry (scaled..regabi), which gdb's breakpoint and frames see as well.
func both(xs []int, k int) int {
	return scaled(xs, k) - scaled(xs, 1)
}

func main() {
	fmt.Println(walk(&point{1, 2, "pt"}, 3))
	k := 2
	fmt.Println(both([]int{1, 2, 3}, k))
}
