// Adding an int variable and a float64 variable.
package main

func main() {
	i := 1
	f := 2.5
	_ = i + f
}
