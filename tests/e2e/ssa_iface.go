// Interface values in the SSA back end: two words (itab or type, data)
// in registers; boxing, conversions between interface types, == on
// interfaces, method calls through the itab, and the nil interface's
// panic at a method call.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() int
	Name() string
}

type Named interface{ Name() string }

type Sq struct{ s int }

func (q *Sq) Area() int    { return q.s * q.s }
func (q *Sq) Name() string { return "square" }

type Num int

func (n Num) Area() int    { return int(n) }
func (n Num) Name() string { return fmt.Sprint("num ", int(n)) }

type Big float64

func (b Big) Area() int    { return int(b * 2) }
func (b Big) Name() string { return "big" }

func total(xs []Shape) int {
	t := 0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func describe(s Shape) string {
	if s == nil {
		return "nil shape"
	}
	return s.Name()
}

func pick(i int, sq *Sq) Shape {
	switch i {
	case 0:
		return nil
	case 1:
		return Num(i * 7)
	case 2:
		return Big(1.75)
	}
	return sq
}

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func same(a, b any) bool { return a == b }

func sameShape(a Shape, b Named) bool { return a == b }

func asNamed(s Shape) Named { return s }

func widen(n Named) any { return n }

func main() {
	sq := &Sq{4}
	xs := make([]Shape, 0, 4)
	for i := 0; i < 4; i++ {
		xs = append(xs, pick(i, sq))
	}
	fmt.Println(total(xs[1:]))
	for i, s := range xs {
		fmt.Println(i, describe(s), s != nil, s == nil)
	}
	err := check(-1)
	fmt.Println(err, check(2) == nil, err != nil)
	var a any = 5
	fmt.Println(same(a, 5), same(a, "x"), same(nil, nil), same(a, int64(5)))
	fmt.Println(sameShape(xs[3], sq), sameShape(xs[1], asNamed(xs[1])), sameShape(nil, nil), sameShape(xs[2], nil))
	fmt.Println(widen(asNamed(xs[1])), widen(nil) == nil, asNamed(nil) == nil)
	var e error = err
	var x any = e
	fmt.Println(x, e.Error())
	fmt.Printf("%v %T %d\n", xs[1], xs[2], xs[1].Area())
	fmt.Println(name(xs[0]))
}

// A method call on a nil interface panics at the call, after its
// arguments, faulting where Go's itab holds the method's code.
func name(s Shape) string {
	fmt.Println("calling")
	return s.Name()
}
