// Stack objects promoted to registers (ssa/promote.c): &T{...}, new(T)
// and address-taken locals whose pointer only loads and stores (never
// passed on, stored, returned or merged with another pointer) are values;
// the others stay in memory and must see every store.
package main

import "fmt"

type Vec struct {
	x, y int
}

type Pair struct {
	a, b *Vec
	s    string
}

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &Vec{i, i + 1}
		if i%3 == 0 {
			p.x *= 3
		}
		q := new(Vec)
		q.y += p.x
		for j := 0; j < i%4; j++ {
			q.x += j
		}
		s += p.x + q.y*2 + q.x
	}
	return s
}

// p is one of two objects: a phi of two areas, so both stay memory.
func either(k bool) int {
	a := &Vec{1, 2}
	b := &Vec{3, 4}
	p := a
	if k {
		p = b
	}
	p.x = 9
	return a.x*10 + b.x
}

// Pointers and strings as words: pp is a variable (its words), r's
// address goes into it and is only loaded and stored through.
func words(s string) (int, int) {
	v := &Vec{len(s), 0}
	var pp Pair
	pp.a = v
	pp.s = s + "!"
	var r Vec
	r.y = 5
	pp.b = &r
	r.x = 1
	pp.b.y++
	return len(pp.s), pp.a.x + pp.b.y + r.y + pp.b.x
}

func main() {
	fmt.Println(loop(10), loop(1000))
	fmt.Println(either(false), either(true))
	fmt.Println(words("abc"))
}
