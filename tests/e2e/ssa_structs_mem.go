// Structs in memory from functions compiled through SSA: fields of slice
// elements and of package-level variables are loads and stores at their
// offsets (an element's index checked, never nil-checked); a local struct
// whose address is taken (a pointer method called on it or on a field of
// it) but that stays on the stack lives in a frame area of its own, zeroed
// where it is declared, every iteration of a loop.
package main

import "fmt"

type Vec struct {
	x, y int
}

func (v *Vec) add(o Vec) {
	v.x += o.x
	v.y += o.y
}

func (v Vec) len2() int { return v.x*v.x + v.y*v.y }

type Seg struct {
	from, to Vec
	name     string
}

func (s *Seg) shift(d Vec) {
	s.from.add(d)
	s.to.add(d)
}

var origin Seg

func walk(ps []Vec) []Vec {
	var out []Vec
	for i, p := range ps {
		p.x += i
		out = append(out, p)
	}
	out[0].y = 100
	ps[1] = Vec{-1, -1}
	ps[len(ps)-1].add(Vec{1000, 0})
	origin.name = "origin"
	origin.to.x = 7
	origin.shift(Vec{1, 1})
	q := &ps[0] // element addresses as values: to a call, through a field
	q.add(Vec{1, 1})
	r := &out[1].y
	*r += 5
	return out
}

// acc is on the stack (only its address goes to pointer methods): a
// fresh zero value each iteration.
func sums(n int) (int, int) {
	total := 0
	var last Seg
	for i := 0; i < n; i++ {
		var acc Seg
		acc.shift(Vec{i, 2 * i})
		acc.to.add(Vec{1, 1})
		total += acc.to.len2()
		last = acc
	}
	p := &last.to
	p.add(Vec{10, 10})
	return total, last.to.x + last.from.y
}

func at(ps []Vec, i int) int {
	return ps[i].y
}

func field(s *Seg) *Vec {
	return &s.to
}

func main() {
	ps := []Vec{{1, 2}, {3, 4}, {5, 6}}
	out := walk(ps)
	fmt.Println(out, ps, origin)
	fmt.Println(sums(4))
	fmt.Println(at(ps, 2), *field(&origin))
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(field(nil))
	}()
	fmt.Println(at(ps, 3))
}
