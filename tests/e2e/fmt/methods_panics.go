// fmt and methods: promoted String, GoString for %#v, String/Error methods that panic (%!v(PANIC=...), <nil> for nil receivers).
package main

import (
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Circle struct {
	Point
	R int
}

type PP struct{ n int }

func (p *PP) String() string { return fmt.Sprintf("PP%d", p.n) }

type Wrap struct {
	*PP
}

type Wrap2 struct {
	PP
}

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("inner failure")) }

type Deep struct{}

func (Deep) String() string { panic(Deep2{}) }

type Deep2 struct{ a int }

func (Deep2) String() string { return "deep2" }

type NilStr struct{ v int }

func (n NilStr) String() string { return "nv" }

type G2 struct{}

func (G2) GoString() string { panic("gs") }

type Idx struct{}

func (Idx) String() string { var s []int; return fmt.Sprint(s[5]) }

type G struct{}

func (G) GoString() string { return "G!" }
func (G) String() string   { return "Gs" }

type W struct{ X []byte }

func main() {
	c := Circle{Point{5, 5}, 2}
	fmt.Println(c)
	fmt.Printf("%v %+v %s %d\n", c, c, c, c)
	fmt.Println(Wrap{&PP{3}}, Wrap2{PP{4}}, &Wrap2{PP{5}})
	fmt.Println(BadErr{})
	fmt.Println(Deep{})
	var np *NilStr
	fmt.Println(np)
	fmt.Printf("%#v\n", G2{})
	fmt.Println(Idx{})
	fmt.Printf("[%5v] [%-8s] [%x]\n", Deep{}, Idx{}, BadErr{})
	fmt.Println([]fmt.Stringer{Deep{}, Point{1, 2}})
	s := fmt.Sprint(Deep{}, 1)
	fmt.Println(len(s), s)
	fmt.Printf("%#v %#v %#v\n", G{}, []byte("hi"), W{[]byte("a")})
	fmt.Println("end")
}
