package main

// gc spells a variadic fmt call without variadic arguments with the nil
// slice it passes: fmt.Sprintf("d", nil...).

import "fmt"

var sink interface{}

func main() {
	fmt.Println(fmt.Sprintf("d"))
	sink = fmt.Sprint()
	err := fmt.Errorf("plain")
	fmt.Println(err, fmt.Sprintln())
}
