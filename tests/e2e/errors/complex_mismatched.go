// complex() wants two arguments of the same floating-point type.
package main

func main() {
	var re float64 = 1
	var im float32 = 2
	println(complex(re, im))
}
