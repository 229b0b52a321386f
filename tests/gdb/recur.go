package main

import "fmt"

// fib is SSA-compiled: n stays in its register on the base case's path
// and goes to its incoming word only where a call follows, so gdb reads
// it from a register at the breakpoint and from the slots in the callers.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(6))
}
