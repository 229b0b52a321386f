// Conversions of constant strings: []byte("abc") and []rune("héllo") get cap == len whether or not they escape.
package main

import "fmt"

var sink []byte

func main() {
	a := []byte("abc")
	fmt.Println(len(a), cap(a))
	sink = []byte("const")
	fmt.Println(len(sink), cap(sink))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	b := append([]byte("hello"), '!')
	fmt.Println(len(b), cap(b))
}
