// Golden escape test basic: go tool compile -m -l output must be reproduced exactly.
package main

type T struct {
	a, b int
	p    *int
}

func retAddr() *int {
	x := 42
	return &x
}

func identity(p *int) *int {
	return p
}

func deref(p **int) *int {
	return *p
}

var global *int

func store(p *int) {
	global = p
}

func storeContent(pp **int) {
	global = *pp
}

func noEsc(p *int) int {
	return *p + 1
}

func newLocal() int {
	p := new(int)
	*p = 3
	return *p
}

func newEsc() *int {
	return new(int)
}

func ptrLit() *T {
	return &T{a: 1}
}

func ptrLitLocal() int {
	t := &T{a: 1}
	return t.a
}

func main() {
	a := 1
	println(*retAddr(), *identity(&a), noEsc(&a), newLocal(), *newEsc(), ptrLit().a, ptrLitLocal())
	b := 2
	store(&b)
	c := 3
	pc := &c
	storeContent(&pc)
	d := 4
	pd := &d
	println(*deref(&pd))
}
