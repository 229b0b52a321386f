// Panics: panic with a value of a named integer type prints main.T(v).
package main

import "fmt"

type Code int

func main() {
	fmt.Println("x")
	panic(Code(42))
}
