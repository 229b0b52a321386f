// sync: Mutex handing over to a blocked goroutine, WaitGroup, Once, RWMutex,
// Pool and Map (GOROOT's sync over the runtime's semaphores).
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var wg sync.WaitGroup
	c := &counter{}
	ch := make(chan int)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.mu.Lock()
			ch <- i // blocks while holding the lock
			c.n += i
			c.mu.Unlock()
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-ch
	}
	wg.Wait()
	fmt.Println(c.n, sum)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println(rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println(rw.TryLock())
	rw.Unlock()

	var m sync.Map
	m.Store("a", 1)
	v, ok := m.Load("a")
	_, loaded := m.LoadOrStore("a", 2)
	fmt.Println(v, ok, loaded)

	p := sync.Pool{New: func() any { return "new" }}
	fmt.Println(p.Get())
	p.Put("old")
	fmt.Println(p.Get())

	defer func() { fmt.Println("recovered:", recover()) }()
	var wg2 sync.WaitGroup
	wg2.Done()
}
