// Golden escape test argpos: go tool compile -m -l output must be reproduced exactly.
package main

var sink interface{}

func take(i interface{}) { sink = i }

func g(x int) {
	take(x)
}

func h(x int) {
	take(
		x)
}

func main() {}
