// Panics: calling a nil func value is a nil dereference.
package main

import "fmt"

var hook func(int) int

func main() {
	fmt.Println(hook == nil)
	fmt.Println(hook(3))
}
