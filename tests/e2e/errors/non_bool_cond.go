// An if condition that is not boolean.
package main

func main() {
	x := 1
	if x {
		x++
	}
}
