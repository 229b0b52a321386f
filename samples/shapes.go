// Sample: interfaces — a Shape interface, several implementations, a type switch, and sorting by area.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

const pi = 3.14159

func (r Rect) Area() float64          { return r.W * r.H }
func (r Rect) Perimeter() float64     { return 2 * (r.W + r.H) }
func (c Circle) Area() float64        { return pi * c.R * c.R }
func (c Circle) Perimeter() float64   { return 2 * pi * c.R }
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

// Area uses Heron's formula with a few Newton steps for the square root.
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	x := s * (s - t.A) * (s - t.B) * (s - t.C)
	r := x
	for i := 0; i < 40 && r > 0; i++ {
		r = (r + x/r) / 2
	}
	return r
}

func (r Rect) String() string { return fmt.Sprintf("Rect %gx%g", r.W, r.H) }

func kind(s Shape) string {
	switch v := s.(type) {
	case Rect:
		if v.W == v.H {
			return "square"
		}
		return "rectangle"
	case Circle:
		return "circle"
	default:
		return fmt.Sprintf("%T", v)
	}
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Triangle{3, 4, 5}, Rect{2, 2}, Circle{0.5}}
	for i := 1; i < len(shapes); i++ {
		for j := i; j > 0 && shapes[j].Area() < shapes[j-1].Area(); j-- {
			shapes[j], shapes[j-1] = shapes[j-1], shapes[j]
		}
	}
	total := 0.0
	for _, s := range shapes {
		fmt.Printf("%-16s %-15s area %7.3f perimeter %7.3f\n", fmt.Sprint(s), kind(s), s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total area %.2f\n", total)
}
