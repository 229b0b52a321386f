// Only constants convert between real and complex types.
package main

func main() {
	f := 2.5
	println(complex128(f))
}
