// Assigning a type that lacks a method to an interface.
package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape
	s = Sq{2}
	_ = s
}
