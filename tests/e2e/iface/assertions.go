// Interfaces: type assertions to concrete and interface types, comma-ok forms, and a failing assertion panic.
package main

import "fmt"

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Sq struct{ s int }
type Rect struct{ w, h int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "square" }
func (r *Rect) Area() int   { return r.w * r.h }
func (r *Rect) Name() string { return "rect" }

type Celsius float64

func describe(x interface{}) string {
	if s, ok := x.(Shape); ok {
		if n, ok := x.(Named); ok {
			return fmt.Sprintf("%s area %d", n.Name(), s.Area())
		}
		return fmt.Sprintf("shape area %d", s.Area())
	}
	if n, ok := x.(int); ok {
		return fmt.Sprintf("int %d", n)
	}
	if s, ok := x.(string); ok {
		return "string " + s
	}
	if c, ok := x.(Celsius); ok {
		return fmt.Sprintf("celsius %.1f", float64(c))
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	vals := []interface{}{Sq{3}, &Rect{2, 5}, 7, "hi", Celsius(21.5), 2.5, nil, Rect{1, 1}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Shape = Sq{4}
	q := s.(Sq)
	fmt.Println(q.s, q.Area())
	_, ok := s.(*Rect)
	fmt.Println("is *Rect:", ok)
	n, ok := s.(Named)
	fmt.Println(n.Name(), ok)
	var e interface{} = 42
	i, ok := e.(int64)
	fmt.Println(i, ok)
	str, ok := e.(string)
	fmt.Printf("%q %v\n", str, ok)
	var nilShape Shape
	_, ok = nilShape.(Sq)
	fmt.Println("nil assert ok:", ok)
	fmt.Println("now failing")
	r := s.(*Rect)
	fmt.Println("unreachable", r)
}
