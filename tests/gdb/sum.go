package main

import "fmt"

// double comes right before sum (gdb once gave sum's entry double's last
// line); sum stays a call (not inlined into main) for gdb to stop in.
func double(x int) int {
	y := x * 2
	return y
}
//go:noinline
func sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	fmt.Println(double(3))
	fmt.Println(sum([]int{1, 2, 3}))
}
