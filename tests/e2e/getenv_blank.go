// os.Getenv reads the real environment; blank methods,
// functions, fields and package variables may repeat (each is compiled,
// none can be named).
package main

import (
	"fmt"
	"os"
)

type T struct {
	_, _ int
	n    int
}

func (T) _() { fmt.Println("never called") }
func (T) _() { fmt.Println("never called either") }

func _() {}
func _() {}

var calls int

func count() int { calls++; return calls }

var _ = count()
var _ = count()

func main() {
	path := os.Getenv("PATH")
	slash := false
	for i := 0; i < len(path); i++ {
		slash = slash || path[i] == '/'
	}
	fmt.Println(slash, os.Getenv("GOSCAPE_SURELY_UNSET_VARIABLE") == "", os.Getenv("") == "")
	fmt.Println(calls, T{n: 3}.n)
}
