// Values of several megabytes live on the stack (Go keeps a local of up
// to 10 MB in its frame) or pass through it as temporaries.
package main

import "fmt"

type big [1 << 20]int

var table = [16 << 20]byte{42}

func sum(b *big) int {
	s := 0
	for _, v := range b {
		s += v
	}
	return s
}

func fill(n int) int {
	var b big
	for i := range b {
		b[i] = n
	}
	return sum(&b)
}

func main() {
	x := *new(big)
	x[len(x)-1] = 3
	fmt.Println(sum(&x), len(x))
	fmt.Println(table[0], table[len(table)-1], len(table))
	fmt.Println(fill(2))
	done := make(chan int)
	go func() { done <- fill(5) }()
	fmt.Println(<-done)
}
