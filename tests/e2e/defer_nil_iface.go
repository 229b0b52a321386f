// defer and go evaluate x.M at the statement: a nil interface x panics
// there, before the rest of the function runs; a nil func value panics
// only when the deferred call runs.
package main

import "fmt"

type closer interface{ Close() }

type file struct{ name string }

func (f *file) Close() { fmt.Println("closed", f.name) }

var reached []string

func deferNil() {
	var c closer
	defer c.Close()
	reached = append(reached, "after defer c.Close()")
}

func goNil() {
	var c closer
	go c.Close()
	reached = append(reached, "after go c.Close()")
}

func deferNilFunc() {
	var f func()
	defer f()
	reached = append(reached, "after defer f()")
}

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "recovered:", recover() != nil) }()
	fn()
}

func main() {
	try("defer", deferNil)
	try("go", goNil)
	try("func", deferNilFunc)
	fmt.Println(reached)
	var c closer = &file{"x"}
	defer c.Close()
	c = nil
}
