// Method expressions whose receiver parameter has no pointers but is
// passed a pointerful value ((*T).m of a value method, m promoted through
// an embedded pointer): gc has no tag for such a parameter, so the
// receiver leaks; a pointerful receiver (a map) keeps its tag.
package main

import "fmt"

type In struct{ x int }

func (i In) Get() int           { return i.x }
func (i In) Keep(p *int) *int   { return p }
func (i *In) Ptr() *int         { return &i.x }

type Out struct {
	name string
	In
}
type POut struct{ *In }

type M map[string]int

func (m M) Get(k string) int { return m[k] }

func main() {
	var a In
	f := (*In).Get
	var x int
	g := (*In).Keep
	fmt.Println(f(&a), *g(&a, &x))
	var b In
	fmt.Println(In.Get(b), (*In).Ptr(&b) != nil)
	var o Out
	fmt.Println(Out.Get(o), (*Out).Get(&o))
	var i In
	p := POut{&i}
	fmt.Println(POut.Get(p), POut.Ptr(p) != nil)
	m := M{"k": 3}
	h := (*M).Get
	fmt.Println(h(&m, "k"))
}
