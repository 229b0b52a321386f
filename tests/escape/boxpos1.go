// Golden escape test boxpos1: go tool compile -m -l output must be reproduced exactly.
package main

import "fmt"

type T struct{ a, b int }

var sink interface{}

func take(i interface{})        { sink = i }
func take2(a int, i interface{}) { sink = i }

func f(x int, t T, p *T, s []int) {
	take(x)
	take(t.a)
	take(p.a)
	take(s[0])
	take(x + 1)
	take(-x)
	take2(1, x)
	sink = x
	sink = t.a
	sink = (x)
	var i interface{} = x
	var j interface{} = t.b
	i, j = x, t.a
	_, _ = i, j
	fmt.Println(x, t.a, "s"+"t", T{1, 2}, [2]int{1, 2})
	m := map[int]interface{}{1: x}
	m[2] = x
	ch := make(chan interface{}, 1)
	ch <- x
	var arr [2]interface{}
	arr[0] = x
	arr[1] = t
	ss := []interface{}{x, t.a}
	_ = ss
	st := struct{ v interface{} }{x}
	_ = st
	st.v = x
	ps := &struct{ v interface{} }{v: x}
	ps.v = t
	k := interface{}(x)
	_ = k
	panic(x)
}

func g(x int) interface{} {
	return x
}
func g2(x int) (interface{}, interface{}) {
	return x, x + 1
}
func g3(s string, b []byte) {
	sink = s + "a" + s
	sink = string(b) + s
	x := s + s + s
	y := s + (s + s)
	_, _ = x, y
}

func main() {}
