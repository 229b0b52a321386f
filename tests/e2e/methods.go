// Methods: on named non-struct types, pointer receivers, method values and expressions.
package main

import "fmt"

type Celsius float64
type Counter int
type IntList []int

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) }

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Rect struct{ W, H int }

func (r Rect) Area() int       { return r.W * r.H }
func (r *Rect) Scale(k int)    { r.W *= k; r.H *= k }
func (r Rect) String() string { return fmt.Sprintf("%dx%d", r.W, r.H) }

func main() {
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c)
	var l IntList
	l.Push(3)
	l.Push(4)
	fmt.Println(l.Sum(), l, len(l))
	r := Rect{2, 3}
	r.Scale(2)
	fmt.Println(r.Area(), r)
	area := r.Area
	r.W = 100
	fmt.Println(area(), r.Area())
	scale := r.Scale
	scale(2)
	fmt.Println(r)
	f := Rect.Area
	g := (*Rect).Scale
	g(&r, 0)
	fmt.Println(f(Rect{5, 5}), r)
	inc := c.Inc
	inc()
	fmt.Println(c)
}
