// Types of the same spelling declared in different packages: unexported
// field and method names belong to their package, embedded fields are
// named as declared (aliases too), tags count, and named types are told
// apart by their package path. Each package is compiled into its own
// object, so their descriptors must not be merged by spelling.
package main

import (
	"fmt"

	"example.com/ident/a"
	xu "example.com/ident/x/util"
	yu "example.com/ident/y/util"
)

type Int = int

type Box[T any] struct{ V T }

func box(v interface{}) interface{} { return v }

func main() {
	l := a.Lower()
	_, ok := l.(struct{ x int })
	fmt.Println("lower", ok, l == box(struct{ x int }{1}))
	switch l.(type) {
	case struct{ x int }:
		fmt.Println("switch: main's")
	default:
		fmt.Println("switch: other")
	}
	_, ok = a.LowerPtr().(*struct{ x int })
	_, ok2 := a.LowerSlice().([]struct{ x int })
	fmt.Println("ptr slice", ok, ok2)
	m := map[interface{}]string{l: "a", struct{ x int }{1}: "main"}
	fmt.Println("map", len(m), m[a.Lower()], m[struct{ x int }{1}])

	u := a.Upper()
	_, ok = u.(struct{ X int })
	fmt.Println("upper", ok, u == box(struct{ X int }{4}))
	_, ok = a.Tagged().(struct{ X int })
	_, ok2 = a.Tagged().(struct {
		X int `k:"v"`
	})
	fmt.Println("tagged", ok, ok2)
	_, ok = a.EmbedInt().(struct{ int })
	_, ok2 = a.EmbedInt().(struct{ Int })
	fmt.Println("embed int", ok, ok2)
	_, ok = a.EmbedAlias().(struct{ Int })
	_, ok2 = a.EmbedAlias().(struct{ int })
	fmt.Println("embed alias", ok, ok2)
	_, ok = a.MethodSet().(struct{ F interface{ m() } })
	fmt.Println("method", ok)

	_, ok = xu.New().(yu.T)
	_, ok2 = xu.New().(xu.T)
	fmt.Println("named", ok, ok2, xu.New() == yu.New())
	var bx, by interface{} = Box[xu.T]{}, Box[yu.T]{}
	_, ok = bx.(Box[yu.T])
	fmt.Println("instances", ok, bx == by, bx == box(Box[xu.T]{}))
	fmt.Printf("%T %T %v\n", l, u, l)
}
