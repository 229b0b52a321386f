// runtime.Goexit: the goroutine's deferred calls run (innermost first,
// recover returns nil), nothing after the call does; Goexit from a
// deferred call ends a recovered panic's goroutine; the main goroutine's
// Goexit lets the others run, then the program dies of a deadlock.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(done chan string) {
	defer func() { done <- "outer deferred" }()
	defer func() { fmt.Println("recover during Goexit:", recover()) }()
	func() {
		defer fmt.Println("inner deferred")
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func panicky(done chan string) {
	defer func() {
		recover()
		done <- "recovered, then Goexit"
		runtime.Goexit()
	}()
	panic("p")
}

func main() {
	done := make(chan string)
	go worker(done)
	fmt.Println(<-done)
	go panicky(done)
	fmt.Println(<-done)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	go func() {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("still running after main's Goexit")
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
