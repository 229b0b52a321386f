// A chain of defined types ending at a struct that refers back to the
// chain's start: each type of the chain has the struct as underlying
// type, so composite literals of any of them are allowed.
package main

import "fmt"

type list struct {
	next *node
	val  int
}

type node link
type link item
type item list

type tree struct {
	kids []*branch
}

type branch leaf
type leaf tree

func main() {
	n := &node{&node{nil, 2}, 1}
	fmt.Println(n.val, n.next.val, n.next.next == nil)
	i := item{val: 3}
	l := list(i)
	fmt.Println(l.val)
	t := &branch{[]*branch{{}, {}}}
	fmt.Println(len(t.kids), len(t.kids[0].kids))
}
