// A complex constant with an imaginary part does not fit an integer.
package main

func main() {
	const c = 1 + 2i
	var i int = c
	println(i)
}
