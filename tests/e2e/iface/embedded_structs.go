// Interfaces: method sets through embedded structs and embedded pointers, shadowed methods, interfaces satisfied via promotion, interface fields in structs.
package main

import "fmt"

type Namer interface{ Name() string }
type Greeter interface {
	Namer
	Greet() string
}

type Person struct{ first string }

func (p Person) Name() string   { return p.first }
func (p *Person) Rename(n string) { p.first = n }

type Employee struct {
	Person
	company string
}

func (e Employee) Greet() string { return "Hi, I'm " + e.Name() + " from " + e.company }

type Manager struct {
	*Employee
	reports int
}

func (m Manager) Name() string { return "Boss " + m.Employee.Name() }

type Team struct {
	lead    Greeter
	members []Namer
}

func names(ns []Namer) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Name())
	}
	return out
}

func main() {
	e := Employee{Person{"ann"}, "acme"}
	var g Greeter = e
	fmt.Println(g.Name(), "|", g.Greet())
	e.Rename("anna")
	fmt.Println(e.Name(), g.Name())
	m := Manager{&Employee{Person{"bob"}, "initech"}, 3}
	var gm Greeter = m
	fmt.Println(gm.Name(), "|", gm.Greet())
	m.Rename("robert")
	fmt.Println(gm.Name(), m.first, m.Employee.Person.first)
	var n Namer = &e
	e.Rename("annie")
	fmt.Println(n.Name())
	t := Team{lead: gm, members: []Namer{e, m, Person{"cy"}, &Person{"di"}}}
	fmt.Println(names(t.members), t.lead.Greet())
	if _, ok := t.members[2].(Greeter); !ok {
		fmt.Println("Person is not a Greeter")
	}
	if gg, ok := t.members[1].(Greeter); ok {
		fmt.Println("Manager is a Greeter:", gg.Greet())
	}
	fmt.Printf("%v %+v\n", e, e)
}
