// A value method called through a nil pointer by its pointer wrapper (an
// interface call, the method expression (*T).F) panics with Go's
// panicwrap message; the method value p.F dereferences p at once.
package main

import "fmt"

type T int

func (t T) F() { fmt.Println("F", int(t)) }

type I interface{ F() }

//go:noinline
func call(i I) { i.F() }

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	f()
}

func main() {
	var p *T
	try(func() { call(p) })
	try(func() { g := (*T).F; g(p) })
	try(func() { h := p.F; h() })
	var q *T
	call(q)
}
