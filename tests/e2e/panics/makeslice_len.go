// Panics: make with a negative length.
package main

import "fmt"

func main() {
	n := -1
	s := make([]int, 3)
	fmt.Println(len(s))
	s = make([]int, n)
	fmt.Println(s)
}
