// Calling a method that does not exist on a type.
package main

type T struct{}

func (T) Hello() {}

func main() {
	var t T
	t.Goodbye()
}
