// gc_goroutines.go - goroutines whose only pointers to their data are on
// their own (suspended) stacks while others allocate and collect.
package main

import "fmt"

type Cell struct {
	next *Cell
	v    int
}

func worker(id int, in chan int, out chan int) {
	var head *Cell
	for n := range in {
		for i := 0; i < n; i++ {
			head = &Cell{head, id*1000 + i}
			_ = make([]byte, 64)
		}
		sum := 0
		for c := head; c != nil; c = c.next {
			sum += c.v
		}
		out <- sum
	}
	close(out)
}

func main() {
	const workers = 8
	ins := make([]chan int, workers)
	outs := make([]chan int, workers)
	for w := 0; w < workers; w++ {
		ins[w] = make(chan int)
		outs[w] = make(chan int)
		go worker(w, ins[w], outs[w])
	}
	for round := 1; round <= 5; round++ {
		total := 0
		for w := 0; w < workers; w++ {
			ins[w] <- 200 * round
		}
		for w := 0; w < workers; w++ {
			total += <-outs[w]
		}
		fmt.Println("round", round, "total", total)
	}
	for w := 0; w < workers; w++ {
		close(ins[w])
		<-outs[w]
	}
}
