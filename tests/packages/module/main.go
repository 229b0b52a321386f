package main

import (
	"fmt"

	"example.com/hello/greet"
	g2 "example.com/hello/greet/inner"
	"example.com/hello/pairs"
)

var x = greet.Count + 1

func init() { fmt.Println("main init", x) }

func main() {
	fmt.Println(greet.Hello("world"), greet.Max, g2.Twice(21))
	p := greet.NewPoint(3, 4)
	fmt.Println(p.Dist2(), p)
	var s fmt.Stringer = p
	fmt.Println(s.String())
	fmt.Printf("%T %v\n", p, *p)
	ps := []pairs.Pair[string, int]{pairs.Of("a", 1), {"b", 2}}
	fmt.Printf("%v %T %v\n", ps, ps[0], pairs.Keys(ps))
}
