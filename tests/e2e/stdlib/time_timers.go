// time over goscape's scheduler: Sleep, Timer, After, Tick, AfterFunc,
// Stop/Reset, and the monotonic clock through Now/Since.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms:", el >= 20*time.Millisecond, el < 2*time.Second)

	// goroutines sleeping until different deadlines wake in deadline
	// order (deadlines 100 ms apart: a loaded machine may stall us a while)
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	t0 := time.Now()
	for _, ms := range []int{300, 100, 200} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Until(t0.Add(time.Duration(ms) * time.Millisecond)))
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println("wake order:", order)

	// After and a select with a timeout
	c := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		c <- 1
	}()
	select {
	case v := <-c:
		fmt.Println("value first", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout first")
	}
	fmt.Println("then", <-c)

	// Timer: Stop before it fires, Reset, fire
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired; stop after fire:", t.Stop())

	// Ticker
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	// AfterFunc runs f in its own goroutine
	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("afterfunc stopped:", af.Stop())

	// Tick and the main goroutine blocked only on timers is no deadlock
	tick := time.Tick(2 * time.Millisecond)
	<-tick
	<-tick
	fmt.Println("tick twice")
	runtime.GC()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
