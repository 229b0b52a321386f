package main

import "fmt"

type Box[T any] struct{ v T }

func P[T any](v T, s []T, m map[string]T, b Box[T], p *T) {
	fmt.Println(s, m, b, p, len(s))
}

func main() {
	x := 1
	P(1, nil, nil, Box[int]{}, &x)
}
