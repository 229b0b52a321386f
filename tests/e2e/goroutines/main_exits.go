// Goroutines: when main returns, goroutines still blocked (on send, receive, select) are dropped silently and the exit status is 0.
package main

import "fmt"

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func(k int) { c <- k }(i)
	}
	go func() {
		var never chan bool
		<-never
	}()
	go func() { select {} }()
	first := <-c
	fmt.Println("got one value", first >= 0 && first < 3)
	fmt.Println("main returns with goroutines blocked")
}
