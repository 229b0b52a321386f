// Golden escape test results_capture: every return (bare ones too) assigns the results, so closures capture them by reference.
package main

import "fmt"

func named() (n int) {
	defer func() { fmt.Println("sees", n) }()
	return 7
}

func bare() (n int) {
	defer func() { fmt.Println("sees", n) }()
	return
}

func pair() (n, m int) {
	g := func() int { return n + m }
	return named(), g()
}

func noReturn() (n int) {
	f := func() int { return n }
	_ = f
	panic(f())
}

func main() {
	fmt.Println(named(), bare())
	fmt.Println(pair())
	defer func() { recover() }()
	noReturn()
}
