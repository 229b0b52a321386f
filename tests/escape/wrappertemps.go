// Golden escape test wrappertemps: go/defer wrappers copy only non-constant arguments into temporaries, named ones at the call.
package main

import "fmt"

func work(a, b int, c chan int) { c <- a + b }

func main() {
	chs := make([]chan int, 2)
	for i := range chs {
		chs[i] = make(chan int, 1)
		go work(i, -6828641759572730, chs[i])
	}
	q := int16(3)
	if q > 1 {
		defer fmt.Println("deferred", q, len(chs))
	}
	defer work(1, 2, nil)
}
