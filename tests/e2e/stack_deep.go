// Stacks grow far beyond the 8 MB an OS thread starts with: a million
// nested calls work in main and in a goroutine, also through a closure
// and with a bigger frame per call.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type node struct {
	vals [8]int
}

// Each call keeps a 64-byte array in its frame and checks it afterwards,
// so frames must not overlap.
func wide(n int) int {
	var v node
	for i := range v.vals {
		v.vals[i] = n + i
	}
	if n == 0 {
		return v.vals[7]
	}
	r := wide(n - 1)
	for i := range v.vals {
		if v.vals[i] != n+i {
			panic("frame overwritten")
		}
	}
	return r + 1
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(wide(200000))

	var walk func(n int) int
	walk = func(n int) int {
		if n == 0 {
			return 0
		}
		return walk(n-1) + 2
	}
	a, b, c := make(chan int), make(chan int), make(chan int)
	go func() { a <- depth(1000000) }()
	go func() { b <- wide(100000) }()
	go func() { c <- walk(1000000) }()
	fmt.Println(<-a, <-b, <-c)
}
