// Unbounded recursion in a goroutine ends with Go's report and exit
// status 2, like in main.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) down(pad [4]int) int {
	c.n++
	return c.down(pad) + pad[0]
}

func main() {
	done := make(chan int)
	go func() {
		c := &counter{}
		done <- c.down([4]int{1, 2, 3, 4})
	}()
	fmt.Println(<-done)
}
