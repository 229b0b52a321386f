// Interface method values and expressions, f(g()) spreading into variadic functions.
package main

import "fmt"

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Sq struct{ s int }

func (q Sq) Area() int          { return q.s * q.s }
func (q Sq) Scale(k int) Shape  { return Sq{q.s * k} }

func pair() (int, int)             { return 3, 4 }
func trio() (string, int, float64) { return "a", 2, 1.5 }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func show(prefix string, xs ...interface{}) {
	fmt.Println(prefix, len(xs), xs)
}

func two(a, b interface{}) { fmt.Println(a, b) }

func first(a int, rest ...int) int { return a*100 + len(rest) }

func main() {
	fmt.Println(sum(pair()))
	show(trio())
	two(pair())
	fmt.Println(first(pair()))
	var s Shape = Sq{3}
	f := s.Area
	g := s.Scale
	fmt.Println(f(), g(2).Area())
	h := Shape.Area
	k := Shape.Scale
	fmt.Println(h(s), k(s, 3).Area())
	var c complex128 = complex(1, 2)
	d := c * c
	fmt.Println(real(d), imag(d), d)
}
