// The SSA back end keeps values that live across calls in callee-saved
// registers. chain holds the only pointers to young lists there (pick
// in frame slots) while the calls they make allocate (under GOSCAPE_DEBUG=gcstress=1,
// every allocation collects): the collector must find them.
package main

import "fmt"

type node struct {
	val  int
	next *node
	pad  [4]int
}

func cons(v int, next *node) *node {
	return &node{val: v, next: next}
}

// churn allocates, and its three argument words overwrite the outgoing
// area where cons's arguments and result were.
func churn(a, b, c int) {
	s := make([]int, 64+a%7)
	s[0] = b + c
	sink = s
}

var sink []int

// SSA: q and p live in callee-saved registers across cons and churn.
func chain(p *node, n int) *node {
	q := p
	for i := 0; i < n; i++ {
		q = cons(i, q)
		churn(i, i, i)
	}
	if q == p {
		return nil
	}
	return q
}

// SSA: two lists across calls (in frame slots: outside a loop and read
// once, a slot is cheaper than a callee-saved register), one returned.
func pick(n int, second bool) *node {
	a := chain(nil, n)
	b := chain(nil, n+1)
	churn(n, n, n)
	if second {
		return b
	}
	return a
}

func sum(p *node) (int, int) {
	s, k := 0, 0
	for ; p != nil; p = p.next {
		s += p.val
		k++
	}
	return s, k
}

func main() {
	fmt.Println(sum(chain(nil, 200)))
	fmt.Println(sum(pick(50, false)))
	fmt.Println(sum(pick(50, true)))
	fmt.Println(sum(chain(cons(1000, nil), 10)))
}
