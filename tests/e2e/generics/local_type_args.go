package main

// Local types as type arguments are numbered in instance names like gc's
// linker names them: by the local type declarations before them in the package.

import "fmt"

type Box[T any] struct{ v T }

func f() {
	type Int int
	type Str string
	fmt.Printf("%T %T\n", Box[Int]{}, Box[Str]{})
}

func g() {
	type Other bool
	type Int int
	fmt.Printf("%T %T\n", Box[Int]{}, Box[Other]{})
	var i Int
	fmt.Printf("%T\n", i)
}

func main() {
	type Str string
	fmt.Printf("%T\n", Box[Str]{})
	f()
	g()
	func() {
		type Int int
		fmt.Printf("%T\n", Box[Int]{})
	}()
}
