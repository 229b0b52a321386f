// trees.go - a program that keeps the garbage collector busy: it builds
// 300 binary trees, keeps every 50th and drops the rest, so the heap ends
// with live and dead objects of several sizes (lesson 3 of
// docs/tutorial.md: GOSCAPE_DEBUG=heap=1 shows the allocator's supply chain).
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

func main() {
	var kept []*Tree
	var names []string
	total := 0
	for i := 0; i < 300; i++ {
		t := build(10, i) // 2047 nodes of 24 bytes
		total += sum(t)
		if i%50 == 0 {
			kept = append(kept, t)
			names = append(names, fmt.Sprintf("tree %d", i))
		}
	}
	n := 40000
	buf := make([]byte, n) // more than 32 KB: a large object with pages of its own
	for i := range buf {
		buf[i] = byte(i)
	}
	fmt.Println("trees built:", 300, "kept:", len(kept), names)
	fmt.Println("sum of all nodes:", total)
	fmt.Println("sum of kept trees:", sum(kept[0])+sum(kept[len(kept)-1]), "buf:", len(buf), buf[39999])
}
