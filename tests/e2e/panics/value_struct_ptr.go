// Panics: panic with a pointer to a struct prints its type and address.
package main

import "fmt"

type P struct{ a, b int }

func main() {
	fmt.Println("panicking")
	panic(&P{1, 2})
}
