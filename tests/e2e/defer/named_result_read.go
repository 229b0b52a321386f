// Defer: a deferred closure that only reads a named result must see the value set by `return X` (the return assigns the result before defers run).
package main

import "fmt"

var G = fmt.Errorf("g")

func A() (err error) {
	defer func() { fmt.Println("A sees", err) }()
	return G
}

func C() (n int) {
	defer func() { fmt.Println("C sees", n) }()
	return 7
}

func D(k int) (n int, s string) {
	defer func() { fmt.Println("D sees", n, s) }()
	if k > 0 {
		return k * 2, "pos"
	}
	return -1, "neg"
}

func main() {
	A()
	fmt.Println(C())
	fmt.Println(D(4))
	fmt.Println(D(0))
}
