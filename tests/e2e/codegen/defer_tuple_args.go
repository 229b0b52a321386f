// go/defer of a call with a multi-value argument: gc boxes the results
// for interface parameters before the wrapper, which captures the boxes
// (in a loop they outlive the iteration); fmt's format comes from the
// call too.
package main

import "fmt"

func fs(i int) (string, int, string) { return "n=%d %s\n", i, "x" }

func pair(i int) (int, error) { return i * 10, nil }

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Printf(fs(i))
		defer func(a any, e any) { fmt.Println("pair", a, e) }(pair(i))
	}
	defer fmt.Printf(fs(9))
	defer func(a int, e any) { fmt.Println("typed", a, e) }(pair(4))
}
