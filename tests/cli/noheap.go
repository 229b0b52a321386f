package main

type T struct{ a int }

var sink *T
var fsink func() int

//goscape:noheap
func leaky(n int) *T {
	x := n
	sink = &T{a: x}
	fsink = func() int {
		y := 0
		sink = &T{a: y}
		return x
	}
	return &T{a: n}
}

//goscape:noheap
func moved() *int {
	v := 1
	return &v
}

// not marked: its heap allocation is fine
func free() *T { return &T{} }

func main() {
	println(leaky(1).a, *moved(), free().a)
}
