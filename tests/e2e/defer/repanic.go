// Defer: a recovered panic raised again prints "panic: first [recovered]" then the new panic; deferred output comes first; exit 2.
package main

import "fmt"

func cleanup(name string) { fmt.Println("cleanup", name) }

func work() {
	defer cleanup("work")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("again: %v", r))
	}()
	panic("first")
}

func main() {
	defer cleanup("main")
	work()
	fmt.Println("unreachable")
}
