// Golden escape test iface2: go tool compile -m -l output must be reproduced exactly.
package main

type T struct{ a, b int }

var sink interface{}

func f1(p *T) { sink = p }
func f2(t T)  { sink = t }
func f3()     { sink = 1 }
func f4()     { panic("boom") }
func f5(s string) { sink = s }
func f6() interface{} {
	t := T{1, 2}
	return t
}
func f7() int {
	t := T{1, 2}
	var i interface{} = t
	return i.(T).a
}
func f8() *T {
	var i interface{} = &T{}
	return i.(*T)
}

func main() {}
