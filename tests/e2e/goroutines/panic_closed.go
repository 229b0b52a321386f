// Goroutines: sending on a closed channel panics (recoverable), closing twice panics; the last one is not recovered (exit 2).
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c <- 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nc chan int
		close(nc)
	}()
	close(c)
}
