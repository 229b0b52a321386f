package main

import "fmt"

// double comes right before sum: with the prologue line-less, gdb gave
// sum's entry double's last line.
func double(x int) int {
	y := x * 2
	return y
}

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
