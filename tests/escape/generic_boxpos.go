package main

type Stringer interface{ String() string }

type C float64

func (c C) String() string { return "C" }

var sink Stringer

//go:noinline
func take(s Stringer) { sink = s }

func R[T Stringer](v T) Stringer {
	return v
}

func A[T Stringer](v T) {
	take(v)
	m := map[int]Stringer{}
	m[1] = v
	ch := make(chan Stringer, 1)
	ch <- v
	xs := []Stringer{v}
	sink = xs[0]
	sink, _ = v, 1
	var a, b Stringer = v, v
	sink, sink = a, b
}

func main() {
	sink = R(C(1))
	A(C(2))
}
