// Complex numbers are comparable but not ordered.
package main

func main() {
	a, b := 1i, 2i
	println(a < b)
}
