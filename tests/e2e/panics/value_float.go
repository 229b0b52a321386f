// Panics: panic with a float prints print-style exponent format.
package main

import "fmt"

func main() {
	fmt.Println("panicking")
	f := 1.5
	panic(f * 3)
}
