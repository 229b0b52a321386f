// Panics: shift by a negative signed count.
package main

import "fmt"

func main() {
	x := 1
	n := -2
	fmt.Println(x << 3)
	fmt.Println(x << n)
}
