// Runtime calls from functions compiled through SSA: make, append (one
// element, several, and t...), copy (overlapping too), slicing with its
// checks (two and three indexes), all in loops that allocate, so the
// values live across the calls must survive collections (make test-gc
// runs this under gcstress).
package main

import "fmt"

func build(n int) []int {
	s := make([]int, n, n+2)
	for i := range s {
		s[i] = i * i
	}
	return s
}

func grow(n int) ([]int, int) {
	var s []int
	moves := 0
	for i := 0; i < n; i++ {
		old := cap(s)
		s = append(s, i, -i)
		if cap(s) != old {
			moves++
		}
	}
	return s, moves
}

func rows(n int) int {
	var rs [][]int
	for i := 0; i < n; i++ {
		r := make([]int, 4+i%3)
		r[0] = i
		rs = append(rs, r)
	}
	t := 0
	for i := range rs {
		t += rs[i][0] + len(rs[i])
	}
	return t
}

func cat(a, b []int) []int {
	return append(a[:len(a):len(a)], b...)
}

func rotate(p []int, r int) {
	p0 := p[0]
	copy(p[0:r], p[1:r+1])
	p[r] = p0
}

func window(s []int, i, j, k int) []int {
	return s[i:j:k]
}

func fill(b []byte, s string) int {
	return copy(b, s)
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	s := build(6)
	fmt.Println(s, len(s), cap(s))
	g, moves := grow(1000)
	fmt.Println(len(g), cap(g), moves, g[0], g[1], g[1998], g[1999])
	fmt.Println(rows(5000))
	c := cat(build(3), build(4))
	fmt.Println(c, len(c), cap(c) >= 7)
	p := []int{0, 1, 2, 3, 4, 5}
	rotate(p, 4)
	fmt.Println(p)
	w := window(s, 1, 3, 5)
	fmt.Println(w, len(w), cap(w))
	b := make([]byte, 5)
	fmt.Println(fill(b, "hello, world"), string(b))
	e := window(s, 8, 8, 8)
	fmt.Println(len(e), cap(e))
	try("make len", func() { build(-3) })
	try("3-index max", func() { window(s, 0, 1, 9) })
	try("3-index high", func() { window(s, 0, 4, 3) })
	try("3-index low", func() { window(s, 3, 2, 4) })
	try("2-index", func() { _ = s[2:9] })
	rotate(p, 6)
}
