// Panics: array index of unsigned type uint64 printed unsigned.
package main

import "fmt"

func main() {
	var a [2]int
	var i uint64 = 1 << 63
	fmt.Println(a[i%2])
	a[i] = 1
}
