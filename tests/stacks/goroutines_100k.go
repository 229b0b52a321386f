// 100,000 goroutines blocked at once, each with its own stack, then
// released; a second wave of 10,000 reuses the dead ones' stacks.
package main

import "fmt"

func wave(n int, deep int) int {
	start := make(chan bool)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			<-start
			done <- nest(deep) + i
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	return sum
}

func nest(n int) int {
	if n == 0 {
		return 0
	}
	return nest(n-1) + 1
}

func main() {
	fmt.Println(wave(100000, 0))
	fmt.Println(wave(10000, 100))
}
