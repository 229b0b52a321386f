package main

// gc shapes every pointer as *uint8, but not unsafe.Pointer, a pointer to
// an array, or a pointer whose type parameter's constraint has a core type.

import "unsafe"

type S struct{ x int }

func F[T any](x T) any { return []T{x} }

func G[T interface{ *S }](x T) any { return []T{x} }

func main() {
	var s S
	F(unsafe.Pointer(&s))
	F(&[2]int{})
	F(&s)
	G(&s)
}
