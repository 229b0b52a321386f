// Interfaces: method values bound from interface values keep the receiver captured at evaluation time; method expressions of interface types.
package main

import "fmt"

type Sounder interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + ": woof" }

type Counter struct{ n int }

func (c *Counter) Add(k int) int { c.n += k; return c.n }

type Adder interface{ Add(int) int }

func main() {
	zoo := []Sounder{Dog{"rex"}, Dog{"fido"}}
	f := zoo[1].Sound
	zoo[1] = Dog{"other"}
	fmt.Println(f(), zoo[1].Sound())
	var a Adder = &Counter{}
	add := a.Add
	add(2)
	fmt.Println(add(3), a.Add(0))
	s := Sounder.Sound
	fmt.Println(s(Dog{"expr"}))
	ad := Adder.Add
	fmt.Println(ad(a, 10))
}
