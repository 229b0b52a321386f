// split_args: arguments that live across calls are read from their
// registers before the first call and from their incoming words after it
// (ssa/regalloc.c's split), on every path: a base case that returns an
// argument, arguments passed on in their own registers, float and pointer
// arguments, an argument read only after the call, and one in a loop.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibc(n int) (int, int) {
	if n < 2 {
		return 1, n
	}
	c1, v1 := fibc(n - 1)
	c2, v2 := fibc(n - 2)
	return c1 + c2 + 1, v1 + v2
}

func tak(x, y, z int) int {
	if y >= x {
		return z
	}
	return tak(tak(x-1, y, z), tak(y-1, z, x), tak(z-1, x, y))
}

func scale(x float64, k int) float64 {
	if k == 0 {
		return x
	}
	return scale(x*1.5, k-1) + x
}

type node struct {
	v    int
	next *node
}

// p is read before the call (p.v, p.next) and after it (p.v again);
// the collector must find the list through p's incoming word meanwhile.
func sum(p *node, depth int) int {
	if p == nil {
		return depth
	}
	s := sum(p.next, depth+1)
	junk := make([]int, 100)
	junk[0] = s
	return s + p.v + junk[0]
}

func after(a, b int) int {
	c := fib(10)
	return a*c + b
}

func loop(n, k int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += fib(k) + k
	}
	return t + n
}

func main() {
	fmt.Println(fib(20))
	c, v := fibc(15)
	fmt.Println(c, v)
	fmt.Println(tak(12, 8, 4))
	fmt.Println(scale(1.25, 5))
	var list *node
	for i := 1; i <= 50; i++ {
		list = &node{i, list}
	}
	fmt.Println(sum(list, 0))
	fmt.Println(after(3, 4))
	fmt.Println(loop(5, 7))
}
