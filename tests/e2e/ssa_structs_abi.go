// Struct arguments and results between functions compiled through SSA:
// words beyond the register ABI's registers take the stack ABI (merge:
// 13 words in), float64 fields travel in SSE registers, a struct of 16
// words is the most that is split, embedded fields are words like others.
// A 17-word struct (Huge) stays with the tree walker and still works.
package main

import "fmt"

type V struct{ x, y, z int }
type B struct{ lo, hi V }
type F struct {
	a, b float64
	n    int
}

func merge(a, b B, k int) (B, int, V) {
	a.lo.x += b.lo.x * k
	a.hi = b.hi
	return a, k + 1, b.lo
}

func fl(f F, g F) F {
	f.a += g.b
	f.n *= 2
	return F{f.a * 2, f.b - g.a, f.n + g.n}
}

type Big struct {
	a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p int
}

type Huge struct {
	a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q int
}

func big(b Big) Big {
	b.p = b.a + b.o
	return b
}

func huge(h Huge) Huge {
	h.q = h.a + h.p
	return h
}

func showHuge() { fmt.Println(huge(Huge{a: 1, p: 2})) }

type Emb struct {
	V
	name string
}

func emb(e Emb) int { return e.x + e.V.y + len(e.name) }

func main() {
	b1 := B{V{1, 2, 3}, V{4, 5, 6}}
	b2 := B{V{7, 8, 9}, V{10, 11, 12}}
	r, k, v := merge(b1, b2, 3)
	fmt.Println(r, k, v)
	fmt.Println(fl(F{1.5, 2.5, 3}, F{0.25, 0.5, 4}))
	fmt.Println(big(Big{a: 1, o: 2}))
	showHuge()

	fmt.Println(emb(Emb{V{1, 2, 3}, "ab"}))
}
