// goscape's runtime package (lib/runtime): Gosched, NumGoroutine, GC,
// KeepAlive, GOMAXPROCS, NumCPU and the constants.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			sum := 0
			for k := 0; k < 3; k++ {
				sum += k
				runtime.Gosched()
			}
			done <- sum
		}(i)
	}
	// the three goroutines cannot finish before their sends are received
	fmt.Println(runtime.NumGoroutine(), runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	total := 0
	for i := 0; i < 3; i++ {
		total += <-done
	}
	x := make([]byte, 1<<20)
	runtime.GC()
	x[0] = 1
	runtime.KeepAlive(x)
	prev := runtime.GOMAXPROCS(3)
	fmt.Println(total, prev > 0, runtime.GOMAXPROCS(0), runtime.NumCPU() > 0)
}
