// fib.go - three ways to compute Fibonacci numbers: naive recursion,
// a loop, and memoisation with a map. Watch how fast each one is.
package main

import "fmt"

// fibRec recomputes the same values again and again: O(2^n) calls.
func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

// fibLoop keeps only the last two values: O(n) steps, O(1) memory.
func fibLoop(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

// fibMemo remembers every result it has computed in a map.
func fibMemo(n int, memo map[int]int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fibMemo(n-1, memo) + fibMemo(n-2, memo)
	memo[n] = v
	return v
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Print(fibRec(i), " ")
	}
	fmt.Println()
	fmt.Println("fib(25) recursive:", fibRec(25))
	fmt.Println("fib(90) loop:     ", fibLoop(90))
	fmt.Println("fib(90) memo:     ", fibMemo(90, map[int]int{}))
	// int is 64 bits: fib(93) no longer fits and wraps around.
	fmt.Println("fib(93) wraps:    ", fibLoop(93))
}
