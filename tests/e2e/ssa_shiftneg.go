// A negative signed shift count panics in a function compiled through SSA.
package main

import "fmt"

func shl(x, n int) int {
	return x << n
}

func main() {
	fmt.Println(shl(3, 4))
	fmt.Println(shl(3, -1))
}
