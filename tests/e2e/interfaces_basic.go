// Interfaces: dynamic dispatch, Stringer with fmt, type assertions, nil interfaces.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (s *Square) Area() float64    { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }
func (s *Square) String() string   { return fmt.Sprintf("Square(%g)", s.S) }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	for _, s := range shapes {
		fmt.Println(s, s.Area(), s.Perimeter())
	}
	fmt.Println("total", total(shapes))
	if sq, ok := shapes[1].(*Square); ok {
		fmt.Println("square side", sq.S)
	}
	_, ok := shapes[0].(*Square)
	fmt.Println(ok)
	var s Shape
	fmt.Println(s == nil)
	var any interface{} = 42
	n, isInt := any.(int)
	str, isStr := any.(string)
	fmt.Println(n, isInt, str == "", isStr)
	var st fmt.Stringer = &Square{1}
	fmt.Println(st.String())
	fmt.Println(Rect{1, 1} == Rect{1, 1}, shapes[0] == Rect{2, 3})
}
