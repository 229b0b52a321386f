// escape_friendly.go - a hot loop whose allocations never outlive one
// iteration: &T{...}, new(T) and make([]int, constant) values handed to
// pointer- and value-receiver methods and copied by value. With escape
// analysis all of them live in the frame (no heap allocation per
// iteration); with -escape=off every one goes through runtime_new.
package main

import "fmt"

const iterations = 2000000

type point struct {
	x, y int
}

type rect struct {
	lo, hi point
}

func (p *point) move(dx, dy int) {
	p.x += dx
	p.y += dy
}

func (p point) manhattan() int {
	x, y := p.x, p.y
	if x < 0 {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	return x + y
}

func (r *rect) include(p *point) {
	if p.x < r.lo.x {
		r.lo.x = p.x
	}
	if p.y < r.lo.y {
		r.lo.y = p.y
	}
	if p.x > r.hi.x {
		r.hi.x = p.x
	}
	if p.y > r.hi.y {
		r.hi.y = p.y
	}
}

func (r rect) area() int {
	return (r.hi.x - r.lo.x) * (r.hi.y - r.lo.y)
}

func iterate(i int) int {
	p := &point{i & 255, (i >> 8) & 255}
	q := new(point)
	q.x = i % 97
	q.y = i % 89
	p.move(q.x, -q.y)
	r := &rect{*p, *p}
	r.include(q)
	hist := make([]int, 16)
	for k := range hist {
		hist[k] = (p.x*k + q.y) & 31
	}
	sum := 0
	for _, v := range hist {
		sum += v
	}
	return r.area() + p.manhattan() + sum
}

func main() {
	var h uint64 = 14695981039346656037
	for i := 0; i < iterations; i++ {
		h = (h ^ uint64(iterate(i))) * 1099511628211
	}
	fmt.Println(h)
}
