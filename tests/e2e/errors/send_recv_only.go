// Sending on a receive-only channel.
package main

func main() {
	c := make(<-chan int)
	c <- 1
}
