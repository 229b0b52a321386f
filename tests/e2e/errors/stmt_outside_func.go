// A statement outside a function body is a syntax error.
package main

x := 1

func main() {
}
