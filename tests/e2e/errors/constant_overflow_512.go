// Untyped integer constants are exact up to 512 bits, not beyond.
package main

import "fmt"

const big = 1 << 500

func main() {
	fmt.Println(big >> 490)
	fmt.Println(big * big >> 1000)
}
