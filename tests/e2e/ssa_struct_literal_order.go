// A struct literal with keys out of field order calls its elements in
// source order (gc's order pass), also when nested; left-out fields are
// zero. The SSA back end once called them in field order.
package main

import "fmt"

type S struct {
	i1, i2, i3 int
}

type Outer struct {
	a S
	b int
	c string
}

var trace []int

func v(i int) int {
	trace = append(trace, i)
	return i * 10
}

func F() S {
	return S{i1: v(0), i3: v(1), i2: v(2)}
}

func nested() Outer {
	return Outer{c: fmt.Sprint(v(3)), a: S{i3: v(4), i1: v(5)}, b: v(6)}
}

func main() {
	fmt.Println(F(), trace)
	trace = nil
	fmt.Println(nested(), trace)
}
