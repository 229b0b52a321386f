// Golden escape test results: go tool compile -m -l output must be reproduced exactly.
package main

var g **int

func f(p *int) (r *int) {
	g = &r
	r = p
	return
}

func h(x int) *int {
	return &x
}

type node struct {
	next *node
	val  int
}

func push(head *node, v int) *node {
	n := &node{val: v}
	n.next = head
	return n
}

func sum(head *node) int {
	s := 0
	for n := head; n != nil; n = n.next {
		s += n.val
	}
	return s
}

func build() int {
	var head *node
	for i := 0; i < 3; i++ {
		head = push(head, i)
	}
	return sum(head)
}

func local() int {
	a := node{val: 1}
	b := node{next: &a, val: 2}
	return sum(&b)
}

func main() {}
