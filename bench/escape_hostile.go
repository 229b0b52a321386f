// escape_hostile.go - a hot loop whose allocations do escape: constructors
// return pointers, short linked lists are chained from them, slices grow
// by append, and every list stays reachable from a global table for a
// while before it is replaced. Escape analysis cannot help; this measures
// runtime_new and the collector.
package main

import "fmt"

const iterations = 300000

type cell struct {
	key  int
	next *cell
}

type chain struct {
	first *cell
	keys  []int
}

var table []*chain

func newCell(key int, next *cell) *cell {
	return &cell{key: key, next: next}
}

func build(seed int) *chain {
	c := &chain{}
	for k := 0; k < seed%11+2; k++ {
		c.first = newCell(seed*3+k, c.first)
		c.keys = append(c.keys, k^seed)
	}
	return c
}

func (c *chain) weight() int {
	w := 0
	for p := c.first; p != nil; p = p.next {
		w += p.key & 127
	}
	for _, k := range c.keys {
		w += k & 7
	}
	return w + len(c.keys)
}

func main() {
	table = make([]*chain, 2048)
	total := 0
	for i := 0; i < iterations; i++ {
		slot := (i * 2654435761) & 2047
		if old := table[slot]; old != nil {
			total += old.weight()
		}
		table[slot] = build(i)
	}
	for _, c := range table {
		if c != nil {
			total += c.weight()
		}
	}
	fmt.Println(total)
}
