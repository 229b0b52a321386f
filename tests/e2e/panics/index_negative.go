// Panics: index with a negative variable: no 'with length' part.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	i := -1
	fmt.Println("before")
	fmt.Println(s[i])
}
