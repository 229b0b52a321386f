// Goroutines: main sends on an unbuffered channel no one receives from, with another goroutine blocked too: deadlock, exit 2.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	other := make(chan int)
	go func() { <-other }()
	fmt.Println("buffer full, sending again")
	c <- 2
}
