package main

// Shape bodies: a panic's constant argument is boxed where gc's
// substitution stands (at the constant); a composite literal of a type
// made from a type parameter boxes as unsafe.Pointer(...); a method value
// of a generic type's instance is gc's closure, reported nowhere. A
// conversion to a generic type's instance is spelled I[int](x), an
// interface's unexported method qualified (interface { main.foo() }).

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

var sink any
var fsink func() int

func Must[T comparable](x, zero T) T {
	if x == zero {
		panic("zero")
	}
	sink = Box[T]{x}
	return x
}

type I[T any] interface{ Get() T }

type myint int

func (myint) foo() {}

func main() {
	sink = I[int](Box[int]{2})
	sink = interface{ foo() }(myint(3))
	b := Box[int]{1}
	fsink = b.Get
	println(Must(1, 0), fsink())
}
