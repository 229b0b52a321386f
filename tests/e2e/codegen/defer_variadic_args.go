// Deferred and go calls of variadic functions inside loops keep each statement's ... slice; call arguments without calls are read after the arguments that call (receiver literals included), as gc does.
package main

import "fmt"

var total []int

func record(tag string, vs ...int) {
	total = append(total, vs...)
	fmt.Println(tag, vs)
}

type Elem struct{ a, b int }

var g Elem

func bump() int { g.b++; return 10 }

func (e Elem) Show(x int) { fmt.Println("show", e.a, e.b, x) }

func show2(e Elem, x int, f Elem) { fmt.Println("show2", e, x, f) }

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer record("deferred", i, i*10)
	}
	s := "héllo"
	for k := range s {
		defer record("byte", k)
	}
}

func main() {
	deferInLoop()
	fmt.Println(total)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(n int) {
			record("go", n, -n)
			done <- true
		}(i)
		<-done
	}
	Elem{g.a, g.b}.Show(bump())
	show2(Elem{g.a, g.b}, bump(), Elem{g.a, g.b})
	fmt.Println(g)
}
