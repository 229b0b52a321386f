// Calling something that is not a function.
package main

import "fmt"

func main() {
	n := 5
	fmt.Println(n(3))
}
