// bench_alloc.go - the allocation loop of bench_alloc.c in Go: mixed
// small sizes kept in a ring of live objects, the oldest dropped as a new
// one is made. bench.sh times it built by go and by goscape.
package main

import "fmt"

type node struct {
	data []byte
	peer []byte // another node's data: a pointer to trace, but no chain
}

func main() {
	const count = 5000000
	const window = 10000
	ring := make([]*node, window)
	seed := uint64(0x2545f4914f6cdd1d)
	total := 0
	for i := 0; i < count; i++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		size := 8 + int(seed>>20)%505
		if seed%1000 < 5 {
			size = 2048 + int(seed>>20)%14336
		}
		n := &node{data: make([]byte, size)}
		k := i % window
		if old := ring[(k+1)%window]; old != nil {
			n.peer = old.data
		}
		ring[k] = n
		total += len(n.data)
	}
	live := 0
	for _, n := range ring {
		live += len(n.data)
	}
	fmt.Println(count, "allocations,", total, "bytes, live", live)
}
