// Defer: LIFO order, arguments evaluated at defer time, method values and closures deferred, defers in loops and nested calls.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show(tag string) { fmt.Println(tag, "value receiver sees", c.n) }
func (c *Counter) ShowPtr(tag string) { fmt.Println(tag, "pointer receiver sees", c.n) }

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func un(name string) { fmt.Println("leave", name) }

func inner() {
	defer un(trace("inner"))
	fmt.Println("in inner")
}

func outer() {
	defer un(trace("outer"))
	inner()
	fmt.Println("in outer")
}

func loop() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
	for _, s := range []string{"x", "y"} {
		s := s
		defer func() { fmt.Print(s, " ") }()
	}
	fmt.Println("loop body done")
}

func main() {
	defer fmt.Println("main deferred last")
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 42
	c := Counter{1}
	defer c.Show("m1")
	defer c.ShowPtr("m2")
	f := c.Show
	defer f("m3")
	c.n = 5
	outer()
	loop()
	fmt.Println()
	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s, len(s))
	s[0] = 100
	s = append(s, 4)
	var fn func()
	fn = func() { fmt.Println("assigned func") }
	defer fn()
	fn = func() { fmt.Println("reassigned func") }
	fmt.Println("main body done")
}
