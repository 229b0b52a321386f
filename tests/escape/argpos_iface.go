// Golden escape test argpos_iface: an interface-typed name converted to
// the parameter's interface type does not move the position Go gives the
// next argument's implicit conversion (the call's '(' here).
package main

import "fmt"

func main() {
	var err error
	n, m := 1, 2
	fmt.Println(n, err, m, err)
	var s fmt.Stringer
	fmt.Println(s, n, len("x"), m)
}
