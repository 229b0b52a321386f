package main

import "fmt"

type Box[T any] struct{ v T }

func Show[T any](x T) any { return fmt.Sprint(x) }

func f() {
	type Int int
	fmt.Println(Show(Int(1)), Show(Box[Int]{}))
}

func main() {
	type Int int
	fmt.Println(Show(Int(2)))
	f()
}
