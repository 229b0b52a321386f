// Defer: a deferred call panicking while another panic is running prints both panics (no [recovered]); all defers still run.
package main

import "fmt"

func main() {
	defer fmt.Println("outer defer runs")
	defer func() {
		panic("second")
	}()
	defer fmt.Println("first defer runs")
	var s []int
	idx := 3
	fmt.Println(s[idx])
}
