// Interfaces: nil vs typed nil, interface equality (same/different dynamic types), interfaces as map keys, comparing uncomparable panics.
package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string {
	if e == nil {
		return "nil *E"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *E
	if fail {
		p = &E{"failed"}
	}
	return p // typed nil when !fail
}

func really(fail bool) error {
	if fail {
		return &E{"failed"}
	}
	return nil
}

type K struct{ a, b int }

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Println(e1.Error())
	e2 := really(false)
	fmt.Println(e2 == nil)
	var x, y interface{}
	fmt.Println(x == y, x == nil)
	x, y = 3, 3
	fmt.Println(x == y)
	y = int64(3)
	fmt.Println(x == y)
	x, y = "ab", "a"+"b"
	fmt.Println(x == y)
	x, y = K{1, 2}, K{1, 2}
	fmt.Println(x == y)
	y = K{2, 1}
	fmt.Println(x == y)
	p := &E{"p"}
	var a, b error = p, p
	fmt.Println(a == b)
	b = &E{"p"}
	fmt.Println(a == b)
	x = 1.5
	fmt.Println(x == 1.5, x == 1)
	m := map[interface{}]string{}
	m[1] = "int"
	m["1"] = "string"
	m[K{1, 1}] = "struct"
	m[int8(1)] = "int8"
	fmt.Println(len(m), m[1], m["1"], m[K{1, 1}], m[int8(1)], m[2] == "")
	var s fmt.Stringer
	fmt.Println(s == nil)
	x = []int{1}
	y = []int{1}
	fmt.Println("comparing slices")
	fmt.Println(x == y)
}
