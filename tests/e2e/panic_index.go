// An index out of range at run time panics with exit status 2.
package main

import "fmt"

func at(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println("before", at(s, 2))
	fmt.Println(at(s, 5))
	fmt.Println("not reached")
}
