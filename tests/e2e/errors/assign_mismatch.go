// Two variables from a function that returns one value.
package main

func one() int { return 1 }

func main() {
	a, b := one()
	_, _ = a, b
}
