// An integer division by zero in a function compiled through SSA panics
// with Go's message (the check is on a cold path).
package main

import "fmt"

func ratio(a, b int) int {
	q := a / b
	return q + 1
}

func main() {
	fmt.Println(ratio(10, 3))
	fmt.Println(ratio(1, 0))
}
