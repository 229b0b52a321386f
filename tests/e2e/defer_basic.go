// defer: LIFO order, arguments evaluated at defer time, named results modified.
package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 5
	return n + 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	order()
	fmt.Println(triple())
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println("x now", x)
}
