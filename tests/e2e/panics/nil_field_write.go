// Panics: writing a field through a nil struct pointer.
package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	n := &Node{val: 1}
	fmt.Println(n.val, n.next == nil)
	n.next.val = 2
}
