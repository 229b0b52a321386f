package main

type Vec struct{ x, y int }

type Seg struct {
	from, to Vec
}

// Not inlined: s's address goes to the call, so s stays in memory.
//
//go:noinline
func (s *Seg) shift(d Vec) {
	s.from.x += d.x
	s.to.y += d.y
}

// span is compiled by the SSA back end: d is a struct parameter (a piece
// per word), w a struct local in registers, s an address-taken struct
// local in a frame area of its own.
func span(d Vec, k int) int {
	w := Vec{d.x * k, d.y * k}
	var s Seg
	s.shift(w)
	s.shift(d)
	return s.from.x + s.to.y + w.x
}

func main() {
	println(span(Vec{2, 3}, 4))
}
