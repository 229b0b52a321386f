// Structs: literals, embedding, promoted fields and methods, copies, equality.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Kennel struct {
	*Dog
	Size int
}

func main() {
	d := Dog{Animal{"rex", 4}, "collie"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("max")
	fmt.Println(d.Animal.Name)
	e := d
	e.Name = "copy"
	fmt.Println(d.Name, e.Name)
	fmt.Println(d == e, d.Animal == Animal{"max", 4})
	k := Kennel{&d, 3}
	k.Rename("via kennel")
	fmt.Println(d.Name, k.Describe())
	p := &Animal{Name: "spider", Legs: 8}
	p.Legs--
	fmt.Println(*p, p.Describe())
	fmt.Printf("%v %+v\n", d, d)
	var zero Dog
	fmt.Printf("%+v %q\n", zero, zero.Name)
	anon := struct {
		X, Y int
	}{1, 2}
	fmt.Println(anon, anon.X+anon.Y)
	pts := []struct{ a, b int }{{1, 2}, {3, 4}}
	for _, pt := range pts {
		pt.a = 100
	}
	for i := range pts {
		pts[i].b *= 10
	}
	fmt.Println(pts)
}
