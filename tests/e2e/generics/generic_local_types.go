// Local generic types and instances of a generic function with local types
// of the same name declared in two functions.
package main

import "fmt"

func Show[T any](v T) string {
	f := func() string { return fmt.Sprintf("%v", v) }
	return f()
}

func one() string {
	type Int int
	type Box[T any] struct{ v T }
	b := Box[string]{"boxed"}
	return Show(b) + " " + Show(Int(1)) + fmt.Sprintf(" %T", b)
}

func two() string {
	type Int string
	return Show(Int("x"))
}

func main() {
	fmt.Println(one(), two())
}
