// Too few values in a return statement: Go points at the last one given.
package main

func divmod(a, b int) (int, int, error) {
	return a / b, a % b
}

func main() {
	divmod(7, 2)
}
