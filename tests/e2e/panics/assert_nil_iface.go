// Panics: asserting a nil interface to a concrete type.
package main

import "fmt"

type I interface{ M() }

func main() {
	var i I
	fmt.Println(i == nil)
	_ = i.(interface{ N() })
}
