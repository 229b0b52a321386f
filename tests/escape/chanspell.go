// Golden escape test chanspell: gc parenthesises a receive-only channel
// element of a bidirectional channel type: chan (<-chan int).
package main

var sink interface{}

func f() {
	x := []chan (<-chan int){nil}
	y := []chan<- chan int{nil}
	println(len(x), len(y))
}

func g() {
	sink = []chan (<-chan string){nil}
}

func main() {}
