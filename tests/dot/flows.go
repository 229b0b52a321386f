package main

// flows.go - the golden escape graph (flows.dot): a parameter leaking to
// its result, a variable moved to the heap by a global, an allocation
// that stays on the stack, and a closure capturing by reference.

type point struct{ x, y int }

var sink *int

func first(p *point) *int {
	return &p.x
}

func store() {
	n := 7
	sink = &n
}

func local() int {
	q := &point{1, 2}
	return *first(q)
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	store()
	println(local(), counter()())
}
