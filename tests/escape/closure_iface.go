// Golden escape test closure_iface: go tool compile -m -l output must be reproduced exactly.
package main

import "fmt"

type S struct{ n int }

func (s *S) Get() int { return s.n }
func (s S) Val() int   { return s.n }

var sink interface{}
var fsink func() int

func variadic(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func iface(x int) {
	sink = x
}

func ifaceLocal(x int) bool {
	var i interface{} = x
	_, ok := i.(int)
	return ok
}

func printIt(x int, s string) {
	fmt.Println(x, s)
}

func closureValue() int {
	x := 1
	f := func() int { return x + 1 }
	return f()
}

func closureRef() int {
	x := 1
	f := func() { x++ }
	f()
	return x
}

func closureEscapes() func() int {
	x := 1
	return func() int { x++; return x }
}

func closureEscapesByValue() func() int {
	x := 1
	return func() int { return x }
}

func methodValue(s *S) {
	fsink = s.Get
}

func methodValueLocal(s S) int {
	f := s.Val
	return f()
}

func main() {
	println(variadic(1, 2, 3), ifaceLocal(3), closureValue(), closureRef(), closureEscapes()(), closureEscapesByValue()())
	iface(1)
	printIt(1, "a")
	methodValue(&S{1})
	println(methodValueLocal(S{2}))
}
