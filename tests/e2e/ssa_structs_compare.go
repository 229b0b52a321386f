// == and != on structs in functions compiled through SSA: word by word,
// float64 fields compared as floats (a NaN field makes a struct unequal
// to itself), the operand that calls evaluated first.
package main

import (
	"fmt"
	"math"
)

type P struct {
	x, y int
	f    float64
	p    *int
}

var calls int

func mk(x int) P {
	calls++
	return P{x: x, f: 1}
}

func cmp(a, b P, n int) (bool, bool, int) {
	c := 0
	if a == b {
		c++
	}
	if a != b && a.x > 0 {
		c += 10
	}
	for i := 0; i < n; i++ {
		if mk(i) == a {
			c += 100
		}
	}
	return a == b, a != mk(3), c
}

func main() {
	v := 1
	a := P{1, 2, 0.5, &v}
	b := a
	fmt.Println(cmp(a, b, 3))
	b.p = nil
	fmt.Println(cmp(a, b, 3))
	fmt.Println(cmp(P{x: 2, f: 1}, P{x: 2, f: 1}, 4))
	fmt.Println(calls)
	n := P{f: math.NaN()}
	fmt.Println(cmp(n, n, 0))
}
