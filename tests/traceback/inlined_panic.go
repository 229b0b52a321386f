package main

import "fmt"

// panic(v) in a function inlined into a loop (cost 72 for gc, with its
// call of fmt.Sprintf): the inlined function is a frame of its own.
func check(x int) int {
	if x > 3 {
		panic(fmt.Sprintf("too big: %d", x))
	}
	return x * 2
}

func run(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += check(i)
	}
	return t
}

func main() {
	fmt.Println(run(3))
	fmt.Println(run(6))
}
