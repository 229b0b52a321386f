// Declaring the same name twice in one scope.
package main

import "fmt"

func main() {
	var a int
	var a string
	fmt.Println(a)
}
