// Golden escape test stmts: go tool compile -m -l output must be reproduced exactly.
package main

import "unsafe"

type I interface{ M() int }
type T struct{ x int }

func (t *T) M() int { return t.x }

type B struct {
	buf []byte
}

var gp *int

func deferIt() {
	x := 1
	defer println(&x)
	defer func() { x++ }()
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		y := i
		defer println(&y)
	}
}

func goIt() {
	x := 1
	go println(&x)
	z := 2
	go func() { z++ }()
}

func loopAlloc() {
	var p *int
	for i := 0; i < 3; i++ {
		q := i
		p = &q
	}
	println(*p)
}

func callIface(i I) int {
	return i.M()
}

func callFuncVal(f func(*int), p *int) {
	f(p)
}

func recA(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return recB(p, n-1)
}

func recB(p *int, n int) *int {
	return recA(p, n)
}

func toUintptr(p *int) uintptr {
	return uintptr(unsafe.Pointer(p))
}

func fromUintptr(u uintptr) *int {
	return (*int)(unsafe.Pointer(u))
}

func unsafeArith(p *int) *int {
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8))
}

func (b *B) selfSlice(n int) {
	b.buf = b.buf[n:]
}

func typeSwitch(i interface{}) *int {
	switch v := i.(type) {
	case *int:
		return v
	}
	return nil
}

func twoResults(p, q *int) (*int, *int) {
	return q, p
}

func named(p *int) (r *int) {
	r = p
	return
}

func structField(t *T) *int {
	return &t.x
}

func gotoLoop() {
	var p *int
L:
	x := 1
	p = &x
	if *p < 3 {
		goto L
	}
}

func rangeOver(s []*int) *int {
	for _, v := range s {
		return v
	}
	return nil
}

func main() {
	deferIt()
	deferLoop()
	goIt()
	loopAlloc()
	println(callIface(&T{}))
	callFuncVal(func(*int) {}, nil)
	println(recA(nil, 1), toUintptr(nil), fromUintptr(0), unsafeArith(nil))
	(&B{}).selfSlice(0)
	println(typeSwitch(nil))
	a, b := twoResults(nil, nil)
	println(a, b, named(nil), structField(&T{}), rangeOver(nil))
	gotoLoop()
}
