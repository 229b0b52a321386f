package main

// In a shape body gc boxes a type parameter's value (or a value of a type
// made from one) compared with an interface, at the comparison; a switch's
// cases at where substituting the whole statement left it.

type Pair[T any] struct{ a, b T }

func Eq[T comparable](t T, i interface{}) bool {
	return t == i
}

func EqPair[T comparable](t T, i interface{}) bool {
	return Pair[T]{t, t} == i || struct{ a, b T }{t, t} != i
}

func Case[T comparable](i interface{}) bool {
	var t T
	switch i {
	case t:
		return true
	default:
		println("no")
	}
	return false
}

func main() {
	println(Eq(1, 1), EqPair("a", nil), Case[int](0))
}
