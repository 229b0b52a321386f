package main

import "fmt"

func main() {
	for {
		fmt.Println("more output than the page may have")
	}
}
