// Panics: indexing a string past its end.
package main

import "fmt"

func main() {
	s := "héllo"
	i := len(s)
	fmt.Println(len(s), s[i-1])
	fmt.Println(s[i])
}
