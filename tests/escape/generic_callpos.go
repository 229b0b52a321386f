package main

// A generic function's call boxed by a declaration sits at the function's
// name (gc rewrote the call), an ordinary one at its parenthesis.

func id(x int) int { return x }

func Id[T any](x T) T { return x }

var sink any

func main() {
	var a any = id(3)
	var b any = Id(4)
	c := any(Id(5))
	var d any
	d = Id(6)
	sink, sink, sink, sink = a, b, c, d
	sink = Id(7)
}
