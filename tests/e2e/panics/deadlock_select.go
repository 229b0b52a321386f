// Panics: a select with no cases blocks forever: deadlock (exit 2).
package main

import "fmt"

func main() {
	fmt.Println("selecting")
	select {}
}
