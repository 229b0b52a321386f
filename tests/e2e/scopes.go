// Scopes: shadowing in blocks, if/else chains with init statements, redeclaration with :=.
package main

import "fmt"

var x = "global"

func show() { fmt.Println("show:", x) }

func main() {
	fmt.Println(x)
	x := "local"
	fmt.Println(x)
	{
		x := 3
		x++
		fmt.Println("block:", x)
	}
	if x := 1.5; x > 1 {
		fmt.Println("if:", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else if", y)
	} else {
		fmt.Println("else", x, y)
	}
	fmt.Println(x)
	show()
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	for i := 0; i < 2; i++ {
		i := i * 10
		fmt.Println("inner i", i)
	}
	var err error
	if true {
		err := fmt.Errorf("shadowed")
		_ = err
	}
	fmt.Println(err == nil)
}
