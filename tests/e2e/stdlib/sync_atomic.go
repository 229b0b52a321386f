// goscape's sync/atomic (lib/sync/atomic): the functions, the typed
// atomics (the generic Pointer[T] too) and Value over goroutines, with
// Value's panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var c atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			c.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), c.Load(), atomic.CompareAndSwapInt64(&n, 20, 5), n)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("a")
	fmt.Println(v.Load(), v.Swap("b"), v.CompareAndSwap("b", "c"), v.Load())
	type node struct{ v int }
	var p atomic.Pointer[node]
	x, y := &node{1}, &node{2}
	fmt.Println(p.Load() == nil, p.CompareAndSwap(nil, x), p.Load().v, p.Swap(y).v, p.Load().v)
	var b atomic.Bool
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.Load())
	defer func() { fmt.Println(recover()) }()
	v.Store(1)
}
