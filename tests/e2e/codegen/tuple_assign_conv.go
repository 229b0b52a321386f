// A multi-value call assigned to variables of other types, returned, or
// supplying fmt's format and arguments: gc's typechecker goes through
// temporaries, which -m names where a result is boxed; method calls with
// such an argument print as written.
package main

import "fmt"

func g3() (int, string, int) { return 1, "a", 2 }
func fs() (string, int)      { return "n=%d\n", 5 }

type R struct{ n int }

func (r R) Two(a any, b any) string { return fmt.Sprint(r.n, a, b) }

func pair() (interface{}, interface{}) {
	a, _, c := g3()
	return a, c
}

func boxed() (interface{}, string, interface{}) { return g3() }

var sink1, sink2, sink3 interface{}

func main() {
	var a, bb interface{}
	var c int
	a, bb, c = g3()
	sink1, sink2 = a, bb
	var d interface{}
	d, _, c = g3()
	sink3 = d
	fmt.Printf(fs())
	x, y, z := boxed()
	fmt.Println(sink1, sink2, sink3, c, x, y, z)
	fmt.Println(pair())
	r := R{3}
	fmt.Println(r.Two(pair()))
}
