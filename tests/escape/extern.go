// Golden escape test extern: go tool compile -m -l output must be reproduced exactly.
package main

import "unsafe"

func rec(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return rec(p, n-1)
}

//go:noescape
func ext1(p *int)

func ext2(p *int, u uintptr)

//go:uintptrescapes
func ue(u uintptr) {}

func callers() {
	a := 1
	ext1(&a)
	b := 2
	ext2(&b, 0)
	c := 3
	ue(uintptr(unsafe.Pointer(&c)))
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		y := i
		defer println(&y)
	}
}

func bigClosure() func() int {
	var big [200]byte
	return func() int { return len(big) }
}

func smallAddr() func() int {
	x := 1
	p := &x
	return func() int { return *p + x }
}

func main() {}
