// Panics: comparing interfaces holding maps panics at run time.
package main

import "fmt"

func main() {
	var a, b interface{} = map[int]int{}, map[int]int{}
	fmt.Println(a != nil)
	fmt.Println(a == b)
}
