// Slicing beyond the capacity panics with a slice bounds error.
package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	fmt.Println(len(s[:4]))
	n := 5
	fmt.Println(s[1:n])
}
