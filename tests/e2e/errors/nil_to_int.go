// Using nil as an int value.
package main

func main() {
	var n int = nil
	_ = n
}
