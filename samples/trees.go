// trees.go - a program that keeps the garbage collector busy: it builds
// 300 binary trees, writes each into a scratch buffer, keeps every 50th
// tree and drops the rest, so the heap ends with live and dead objects of
// several sizes (lesson 3 of docs/tutorial.md: GOSCAPE_DEBUG=heap=1 shows
// the allocator's supply chain).
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

// build returns a complete tree of the given depth. Every node is
// returned, so every node is a heap object ("&Tree{...} escapes to heap").
func build(depth, val int) *Tree {
	t := &Tree{Val: val}
	if depth > 0 {
		t.Left = build(depth-1, 2*val)
		t.Right = build(depth-1, 2*val+1)
	}
	return t
}

// sum only reads the tree, so it allocates nothing; the directive below
// makes goscape check that (Go ignores it).
//
//goscape:noheap
func sum(t *Tree) int {
	if t == nil {
		return 0
	}
	return t.Val + sum(t.Left) + sum(t.Right)
}

// encode writes the tree's values into buf in preorder, one byte each,
// and returns how many it wrote.
func encode(t *Tree, buf []byte, at int) int {
	if t == nil {
		return at
	}
	buf[at] = byte(t.Val)
	at = encode(t.Left, buf, at+1)
	return encode(t.Right, buf, at)
}

func main() {
	var kept []*Tree
	var names []string
	total, check := 0, 0
	n := 40000
	for i := 0; i < 300; i++ {
		t := build(7, i)       // 255 nodes of 24 bytes
		buf := make([]byte, n) // more than 32 KB: a large object with pages of its own
		used := encode(t, buf, 0)
		total += sum(t)
		check += int(buf[used-1])
		if i%50 == 0 {
			kept = append(kept, t)
			names = append(names, fmt.Sprintf("tree %d", i))
		}
	}
	fmt.Println("trees built:", 300, "kept:", len(kept), names)
	fmt.Println("sum of all nodes:", total, "check:", check)
	fmt.Println("sum of kept trees:", sum(kept[0])+sum(kept[len(kept)-1]))
}
