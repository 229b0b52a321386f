// hello.go - the smallest goscape program.
//
//	./goscape run samples/hello.go
package main

import "fmt"

func main() {
	fmt.Println("Hello, goscape!")
}
