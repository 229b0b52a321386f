// Defer: os.Exit exits at once with its code and skips every deferred call, even in callers.
package main

import (
	"fmt"
	"os"
)

func helper() {
	defer fmt.Println("helper defer: never printed")
	fmt.Println("helper exiting")
	os.Exit(4)
}

func main() {
	defer fmt.Println("main defer: never printed")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("never recovered")
		}
	}()
	fmt.Println("start")
	helper()
	fmt.Println("unreachable")
}
