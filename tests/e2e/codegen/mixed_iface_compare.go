// Comparisons and switch cases between different interface types, or a concrete switch tag and an interface case: both sides compare as interface{} values.
package main

import "fmt"

type E struct{ s string }

func (e *E) Error() string { return e.s }

type V struct{ a int }

func (v V) Error() string { return "v" }

func main() {
	p := &E{"z"}
	var e error = p
	var x interface{} = e
	fmt.Println(x == e, e == x, x != e, p == e, e == p, x == p, p == x)
	var y interface{} = 5
	fmt.Println(y == 5, 5 == y, y == "5", y != 6)
	var ve error = V{1}
	fmt.Println(ve == V{1}, V{2} == ve, ve == error(V{1}))
	var sl interface{} = []int{1}
	fmt.Println(sl == 5)
	switch y {
	case "a":
		fmt.Println("a")
	case 5:
		fmt.Println("five")
	}
	switch x {
	case e:
		fmt.Println("is e")
	}
	switch e {
	case p:
		fmt.Println("is p")
	}
	switch ve {
	case V{1}:
		fmt.Println("is V1")
	}
	nilAndUncomparable()
}

type St interface{ String() string }
type Ss []int

func (s Ss) String() string { return "ss" }

func nilAndUncomparable() {
	var x interface{}
	var e error
	switch x {
	case nil:
		fmt.Println("nil x")
	}
	switch e {
	case nil:
		fmt.Println("nil e")
	}
	fmt.Println(x == e, e == nil)
	e = &E{"a"}
	x = &E{"a"}
	fmt.Println(x == e)
	var st St = Ss{1}
	var a interface{} = Ss{1}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(st == a)
}
