// A value whose method has a pointer receiver does not implement the interface.
package main

type Namer interface{ Name() string }

type T struct{}

func (t *T) Name() string { return "t" }

func main() {
	var n Namer = T{}
	_ = n
}
