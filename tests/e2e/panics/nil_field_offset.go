// Panics: a load through a nil pointer at field offset 8 reports addr=0x8,
// the address Go's faulting load touches (an address-of checks first: 0x0).
package main

import "fmt"

type Pair struct {
	a, b int
}

func second(p *Pair) int { return p.b }

func addrOf(p *Pair) *int { return &p.b }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var p *Pair
		fmt.Println(second(p))
	}()
	var p *Pair
	fmt.Println(addrOf(p))
}
