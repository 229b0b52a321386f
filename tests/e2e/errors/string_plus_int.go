// Concatenating a string and an int.
package main

func main() {
	s := "n="
	n := 3
	_ = s + n
}
