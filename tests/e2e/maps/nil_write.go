// Maps: reading a nil map is fine, writing to it panics with Go's message (exit 2).
package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.byName["a"], len(r.byName))
	v, ok := r.byName["b"]
	fmt.Println(v, ok)
	r.byName = map[string]int{}
	r.byName["ok"] = 1
	fmt.Println(r.byName)
	var m map[int]bool
	fmt.Println("writing nil map")
	m[1] = true
	fmt.Println("unreachable")
}
