// A closure capturing several small values by value (here a go
// statement's wrapper holding two uint8 arguments) lays them out as the
// allocated closure object does.
package main

import "fmt"

type rec struct {
	n    [3]int
	cost [3]uint8
}

var g rec

func work(id int, p, q uint8, flag bool, out chan<- int) {
	if flag {
		out <- id + int(p) + int(q)
	}
}

func main() {
	g.cost = [3]uint8{1, 2, 3}
	for round := 0; round < 3; round++ {
		chs := make([]chan int, 4)
		for i := range chs {
			chs[i] = make(chan int, 1)
			go work(i, g.cost[1], g.cost[2], true, chs[i])
		}
		sum := 0
		for _, c := range chs {
			sum = sum*31 + <-c
		}
		fmt.Println(round, sum)
	}
	a, b, c := int8(-1), true, uint16(7)
	f := func() string { return fmt.Sprint(a, b, c) }
	fmt.Println(f())
}
