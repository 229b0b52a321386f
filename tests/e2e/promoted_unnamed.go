// Methods promoted through the embedded fields of unnamed struct types:
// static conversions, dynamic assertions, and struct{ S } next to
// struct{ *S } (whose thunks must not share a symbol).
package main

import "fmt"

type S struct{ n int }

func (s S) Val() int  { return s.n }
func (s *S) Ptr() int { return -s.n }

type Valer interface{ Val() int }
type Ptrer interface{ Ptr() int }

func main() {
	var v Valer = struct{ S }{S{3}}
	fmt.Println(v.Val())
	var e interface{} = struct{ S }{S{4}}
	w, ok := e.(Valer)
	fmt.Println(w.Val(), ok)
	_, ok = e.(Ptrer)
	fmt.Println(ok)
	p := &struct{ S }{S{5}}
	var q Ptrer = p
	fmt.Println(q.Ptr())
	var e2 interface{} = p
	r, ok := e2.(Ptrer)
	fmt.Println(r.Ptr(), ok)
	var e3 interface{} = struct{ *S }{&S{6}}
	r, ok = e3.(Ptrer)
	fmt.Println(r.Ptr(), ok)
}
