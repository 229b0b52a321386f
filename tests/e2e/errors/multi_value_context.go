// A two-value call used where one value is expected.
package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1
	_ = x
}
