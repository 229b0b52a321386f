package main

import "fmt"

type E string

func (e E) Error() string { return string(e) }

type Walker struct{ depth int }

func (w Walker) down(n int) {
	if n == 0 {
		panic(E(fmt.Sprint("bottom at ", w.depth)))
	}
	w.depth++
	w.down(n - 1)
}

func main() {
	run := func() {
		defer fmt.Println("deferred print runs first")
		Walker{}.down(3)
	}
	run()
}
