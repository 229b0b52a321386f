// Adding an int and a string.
package main

import "fmt"

func main() {
	n := 1
	s := "two"
	fmt.Println(n + s)
}
