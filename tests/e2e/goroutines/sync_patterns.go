// Goroutines: a channel as mutex, a buffered channel as semaphore, strict alternation between two goroutines, closures capturing loop variables per goroutine.
package main

import "fmt"

func main() {
	lock := make(chan struct{}, 1)
	counter := 0
	done := make(chan bool)
	for g := 0; g < 5; g++ {
		go func() {
			for i := 0; i < 100; i++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
			done <- true
		}()
	}
	for g := 0; g < 5; g++ {
		<-done
	}
	fmt.Println("counter", counter)

	turnA, turnB := make(chan bool), make(chan bool)
	finished := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			<-turnA
			fmt.Println("A", i)
			turnB <- true
		}
	}()
	go func() {
		for i := 0; i < 3; i++ {
			<-turnB
			fmt.Println("B", i)
			if i < 2 {
				turnA <- true
			}
		}
		finished <- true
	}()
	turnA <- true
	<-finished

	sem := make(chan int, 2)
	results := make([]int, 6)
	allDone := make(chan int)
	for i := 0; i < 6; i++ {
		go func(k int) {
			sem <- k
			results[k] = k * k
			<-sem
			allDone <- k
		}(i)
	}
	sum := 0
	for i := 0; i < 6; i++ {
		sum += <-allDone
	}
	fmt.Println(results, sum, len(sem))

	var fns []func() int
	for i := 0; i < 3; i++ {
		i := i
		fns = append(fns, func() int { return i * 100 })
	}
	out := make(chan int, 3)
	for _, f := range fns {
		go func(f func() int) { out <- f() }(f)
	}
	got := map[int]bool{}
	for range fns {
		got[<-out] = true
	}
	fmt.Println(got)
}
