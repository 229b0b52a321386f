// A local struct type that contains itself by value has no size.
package main

func main() {
	type node struct {
		val  int
		next node
	}
	var n node
	_ = n
}
