// gc_bintree.go - binary trees (the benchmarks game): many short-lived
// trees and one long-lived tree that must survive every collection.
package main

import "fmt"

type Node struct {
	left, right *Node
}

func build(depth int) *Node {
	if depth == 0 {
		return &Node{}
	}
	return &Node{build(depth - 1), build(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const maxDepth = 14
	long := build(maxDepth)
	for depth := 4; depth <= maxDepth; depth += 4 {
		iterations := 1 << uint(maxDepth-depth+4)
		sum := 0
		for i := 0; i < iterations; i++ {
			sum += build(depth).check()
		}
		fmt.Println(iterations, "trees of depth", depth, "check:", sum)
	}
	fmt.Println("long lived tree of depth", maxDepth, "check:", long.check())
}
