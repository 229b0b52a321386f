// Defer: re-panicking a recovered runtime error prints its text twice, with [recovered] on the first line.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		panic(r)
	}()
	var a []int
	n := 3
	a[n] = 1
}
