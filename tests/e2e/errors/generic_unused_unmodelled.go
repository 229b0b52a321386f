package main

// a constraint stand-ins do not model (a type set with methods): the body's
// type-independent errors are still reported when nothing instantiates it
func F[T interface {
	~int | ~string
	M()
}](x T) {
	y := 1
}

func main() {}
