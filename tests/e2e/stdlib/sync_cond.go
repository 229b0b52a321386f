// GOROOT's sync.Cond over the runtime's notify lists: Signal wakes one
// waiter, Broadcast the others; a Signal with no waiter is lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal() // nobody waits yet
	var wg sync.WaitGroup
	started := make(chan int)
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			started <- i
			c.Wait()
			woken <- i
			mu.Unlock()
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-started
		mu.Lock() // the goroutine that started is in Wait, which unlocked mu
		mu.Unlock()
	}
	mu.Lock()
	c.Signal()
	mu.Unlock()
	first := <-woken
	fmt.Println("started", sum, "one woken:", first >= 0 && first < 3)
	mu.Lock()
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all woken:", len(woken) == 2)
}
