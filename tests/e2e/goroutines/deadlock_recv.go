// Goroutines: main blocked on a receive nobody will satisfy: fatal error all goroutines are asleep (exit 2), after earlier output.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	fmt.Println(<-c)
	fmt.Println("waiting forever")
	<-c
}
