// Panics: slice with low greater than high.
package main

import "fmt"

func main() {
	s := []byte("abcdef")
	lo, hi := 4, 2
	fmt.Println(string(s[hi:lo]))
	fmt.Println(s[lo:hi])
}
