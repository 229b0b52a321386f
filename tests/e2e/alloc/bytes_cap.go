// Escape analysis visible in output: cap of []byte(s) and []rune(s) is 32 when the result does not escape, the size class when it does (constant strings: see const_conv_cap.go).
package main

import "fmt"

var sink []byte
var rsink []rune

func str(n int) string { return "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"[:n] }

func local(n int) int {
	b := []byte(str(n))
	return cap(b)
}

func escaping(n int) []byte {
	return []byte(str(n))
}

func main() {
	for _, n := range []int{0, 1, 3, 16, 31, 32, 33, 40} {
		e := escaping(n)
		fmt.Println(n, local(n), len(e), cap(e))
	}
	sink = []byte(str(3))
	fmt.Println(len(sink), cap(sink))
	r := []rune(str(3))
	fmt.Println(len(r), cap(r))
	rsink = []rune(str(3))
	fmt.Println(len(rsink), cap(rsink))
	rsink = []rune(str(40))
	fmt.Println(len(rsink), cap(rsink))
	g := []byte(str(5))
	g = append(g, "xyz"...)
	fmt.Println(len(g), cap(g))
	h := append([]byte(nil), "hello"...)
	fmt.Println(len(h), cap(h))
	k := append([]byte("hello"), " world"...)
	fmt.Println(len(k), cap(k))
}
