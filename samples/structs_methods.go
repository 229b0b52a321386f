// structs_methods.go - structs, methods with value and pointer receivers,
// embedding, and an interface satisfied by two types.
package main

import "fmt"

type Point struct {
	X, Y int
}

// A value receiver works on a copy: Move's change would be lost here.
func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// A pointer receiver changes the caller's Point.
func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

// Circle embeds Point: Circle gets its fields and methods (c.X, c.Move).
type Circle struct {
	Point
	Radius int
}

type Rect struct {
	Min, Max Point
}

type Shape interface {
	Area() int
}

func (c Circle) Area() int { return 3 * c.Radius * c.Radius } // π ≈ 3, integers only
func (r Rect) Area() int   { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func main() {
	p := Point{1, 2}
	p.Move(2, 3)
	fmt.Println("p =", p)

	c := Circle{Point{0, 0}, 2}
	c.Move(5, 5) // promoted from the embedded Point
	fmt.Println("circle at", c.Point, "radius", c.Radius)

	shapes := []Shape{c, Rect{Point{0, 0}, Point{4, 3}}}
	total := 0
	for _, s := range shapes {
		fmt.Printf("%T has area %d\n", s, s.Area())
		total += s.Area()
	}
	fmt.Println("total area", total)
	// Circle has Point's String method too (promoted), so fmt uses it:
	// this prints (5,5), not {Point:... Radius:2}.
	fmt.Printf("%+v\n", c)
}
