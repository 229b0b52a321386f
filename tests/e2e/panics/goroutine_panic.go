// Panics: a panic in another goroutine kills the whole program with exit 2.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("in goroutine")
		panic("from goroutine")
	}()
	<-done
}
