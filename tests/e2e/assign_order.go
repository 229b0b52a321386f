// Tuple assignments run in two phases: the operands of pointer
// indirections and index expressions on the left first, then the stores
// left to right, each with its own nil or bounds check.
package main

import "fmt"

type node struct{ val int }

type nodeRef *struct{ inner struct{ n int } }

func pair() (*int, int) { return nil, 42 }

var trace []string

func mark(s string, p *int) *int {
	trace = append(trace, s)
	return p
}

func key(s string) string {
	trace = append(trace, s)
	return s
}

func storeThenPanic(m map[string]int, p *int) {
	defer func() {
		fmt.Println("recovered:", recover() != nil, "len(m) =", len(m))
	}()
	m["a"], *p = 1, 2
}

func boundsAfterStore(m map[string]int, s []int) {
	defer func() {
		fmt.Println("recovered:", recover() != nil, "m[b] =", m["b"])
	}()
	m["b"], s[3] = 7, 8
}

func main() {
	x := 0
	p := &x
	p, *p = pair()
	fmt.Println(p == nil, x)

	var v int
	m := map[string]int{"k": 5}
	var ok bool
	*mark("f", &v), ok = m[key("g")]
	fmt.Println(trace, v, ok)

	n := &node{1}
	old := n
	n, n.val = nil, 9
	fmt.Println(n == nil, old.val)

	r := nodeRef(&struct{ inner struct{ n int } }{})
	keep := r
	r, r.inner.n = nil, 3
	fmt.Println(r == nil, keep.inner.n)

	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 2, 10
	fmt.Println(i, a)

	storeThenPanic(map[string]int{}, nil)
	boundsAfterStore(map[string]int{}, []int{})
}
