// An embedded field is named by the alias it is spelled with, so
// struct{ int } and struct{ Int } are different types at run time too.
package main

import "fmt"

type Int = int

type plain = struct{ int }
type aliased = struct{ Int }

func main() {
	var x, y interface{} = plain{1}, aliased{1}
	fmt.Println(x == y, x == interface{}(plain{1}), y == interface{}(aliased{1}))
	_, ok := y.(plain)
	_, ok2 := y.(aliased)
	fmt.Println(ok, ok2)
	m := map[interface{}]string{x: "plain", y: "aliased"}
	fmt.Println(len(m), m[plain{1}], m[aliased{1}])
	fmt.Println(aliased{2}.Int, plain{3}.int)
}
