// Golden escape test exprspell: nested unary operators, calls used as callees, and explanations printed before a variadic call is packed.
package main

import "fmt"

var sink interface{}
var s string

func mk(n int) func(int) int { return func(x int) int { return x + n } }

func unary(x int, b bool) {
	p := &x
	fmt.Println(-(-x), ^(^x), !(!b), -(^x), - -x, -*p, +(+x))
}

func callee(p, q int) {
	z := 1
	fmt.Println(mk(z)(5), mk(p)(q))
	g := func(k int) {
		fmt.Println(mk(k)(k))
	}
	g(1)
}

func packed(n int) {
	s = s + fmt.Sprintf("%d", uint32(n))
}

func main() { unary(1, true); callee(1, 2); packed(3) }
