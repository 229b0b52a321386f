// A syntax error: an else on its own line after the closing brace.
package main

import "fmt"

func main() {
	x := 1
	if x > 0 {
		fmt.Println("positive")
	}
	else {
		fmt.Println("not")
	}
}
