package main

import "fmt"

// A nil dereference two inlined calls deep: Go lists second and sum2 as
// frames of their own (inlined), above run's.
type node struct {
	val  int
	next *node
}

func (n *node) second() int { return n.next.val }

func sum2(a, b *node) int {
	x := a.second()
	return x + b.second()
}

func run(ns []*node) int {
	t := 0
	for i := 0; i+1 < len(ns); i++ {
		t += sum2(ns[i], ns[i+1])
	}
	return t
}

func main() {
	a := &node{1, &node{2, nil}}
	b := &node{3, nil}
	fmt.Println(run([]*node{a, a}))
	fmt.Println(run([]*node{a, b}))
}
