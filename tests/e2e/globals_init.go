// Package initialisation: dependency order of globals, init functions.
package main

import "fmt"

var total = a + b
var a = f("a", 1)
var b = f("b", c*2)
var c = f("c", 3)
var trace []string

var table = map[string]int{"one": 1, "two": 2}
var squares [5]int
var counter int

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func init() {
	for i := range squares {
		squares[i] = i * i
	}
	counter++
	fmt.Println("init 1, total =", total)
}

func init() {
	counter++
	fmt.Println("init 2, counter =", counter)
}

func main() {
	fmt.Println(trace, total, a, b, c)
	fmt.Println(table["two"], squares, counter)
}
