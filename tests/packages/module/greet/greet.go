package greet

import (
	"fmt"

	"example.com/hello/greet/inner"
)

const Max = 10

var Count = inner.Twice(3)

func init() { fmt.Println("greet init", Count) }

func Hello(name string) string { return "hello, " + name }

type Point struct{ X, Y int }

func NewPoint(x, y int) *Point { return &Point{x, y} }

func (p *Point) Dist2() int { return p.X*p.X + p.Y*p.Y }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
