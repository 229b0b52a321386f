// A local variable declared and never used.
package main

func main() {
	x := 42
	y := 1
	_ = y
}
