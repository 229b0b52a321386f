package main

import "fmt"

type Shower interface{ Show() string }

func Unused[T Shower](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.Show() + undefinedThing
	}
	return s
}

func Ret[T any](v T) T {
	if true {
		return v
	}
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T {
	var w int
	return b.v
}

func main() { fmt.Println() }
