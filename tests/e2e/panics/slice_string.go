// Panics: slicing a string beyond its length says with length.
package main

import "fmt"

func main() {
	s := "hello"
	n := 9
	fmt.Println(s[1:3])
	fmt.Println(s[:n])
}
