// Panics: asserting to an interface whose method the dynamic type lacks.
package main

import "fmt"

type Runner interface{ Run() }
type Walker interface{ Walk() }
type Dog struct{}

func (Dog) Walk() {}

func main() {
	var w Walker = Dog{}
	fmt.Println("asserting")
	r := w.(Runner)
	r.Run()
}
