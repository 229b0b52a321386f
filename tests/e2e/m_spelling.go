// -m spellings and positions gc gets from its typechecker's rewrites:
// recover() as ORECOVERFP, real/imag/complex without a precedence,
// append's conversions where the walk of its arguments ended, f(g())
// boxing its temporaries, a call receiver of an interface method in a
// temporary (numbered bottom-up, unnamed receivers not counted), a
// send's conversion, an alias spelled as its type.
package main

import (
	"fmt"
	"reflect"
)

type name string

func (n name) String() string { return string(n) }

type stringer interface{ String() string }

type Int = int
type plain = struct{ int }
type L = []Int

type T struct{}

func (T) M() int { return 1 }

func get() stringer                       { return name("g") }
func two() (int, string)                  { return 2, "x" }
func items() ([]interface{}, int, string) { return []interface{}{true}, 2, "three" }
func take(a ...interface{}) int           { return len(a) }
func take3(a, b interface{}) bool         { return a != b }
func getT() (*T, int)                     { return &T{}, 1 }
func (*T) count() bool                    { return fmt.Sprint(two()) != "" }

var sink []interface{}

func main() {
	defer func() {
		fmt.Println(recover() == nil, !(recover() != nil))
	}()
	c := complex(float64(len(sink))+1, 2)
	fmt.Println(real(c)*imag(c), -real(c), real(c)+1)

	var s []interface{}
	x, y := 1, 2
	s = append(s, x, y, 3)
	s = append(s[:1], 4, "five")
	all := append(items())
	sink = append(s, all...)

	fmt.Println(take(two()), take3(two()), len(sink))
	fmt.Println(get().String() == "g", reflect.ValueOf(&x).Elem().Int())
	t, _ := getT()
	fmt.Println(t.count())

	ch := make(chan stringer, 2)
	ch <- name("y")
	n := name("n")
	ch <- n
	fmt.Println((<-ch).String(), (<-ch).String())
	fmt.Println(plain{1}, L{2}, []Int{3})
}
