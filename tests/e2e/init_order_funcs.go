// Package initialisation order through chains and cycles of functions:
// a variable waits for every variable its initialiser reaches through
// the functions it calls, however they recurse.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

// x reaches y through f -> g -> h.
var x = f()

func f() int { return g() + 1 }
func g() int { return h() * 2 }
func h() int { return y + note("h", 0) }

var y = note("y", 5)

// p and q call each other; a reaches b and c only through the pair.
var a = p(3)

func p(n int) int {
	if n == 0 {
		return b
	}
	return q(n - 1)
}

func q(n int) int {
	if n == 0 {
		return c
	}
	return p(n - 1)
}

var b = note("b", 7)
var c = note("c", 11)

// A component entered in its middle: s1 -> s2 -> s3 -> s2, s3 -> s4 -> v4,
// and s1 -> s5 -> s3: both u and w wait for v4.
var u = s1(2)

func s1(n int) int { return s2(n) + s5(n) }
func s2(n int) int {
	if n <= 0 {
		return 1
	}
	return s3(n - 1)
}
func s3(n int) int { return s2(n-1) + s4() }
func s4() int      { return v4 }
func s5(n int) int { return s3(n) }

var w = s5(1)
var v4 = note("v4", 13)

// Independent variables keep their declaration order.
var d = note("d", 1)
var e = note("e", 2) + d

func main() {
	fmt.Println(x, y, a, b, c, u, w, v4, d, e)
	fmt.Println(trace)
}
