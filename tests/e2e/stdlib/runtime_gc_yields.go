// runtime.GC lets the other goroutines run, as the caller waits in Go:
// a goroutine collecting in a loop does not starve main (goscape has no
// preemption, so it would hang if GC kept the thread).
package main

import (
	"fmt"
	"runtime"
)

var sink []int

func main() {
	go func() {
		for {
			runtime.GC()
		}
	}()
	sum := 0
	for i := 0; i < 200; i++ {
		runtime.Gosched()
		sink = make([]int, 100)
		sum += i
	}
	fmt.Println("main finished:", sum)
}
