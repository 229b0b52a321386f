// Defer: deferred closures reading and modifying named results, return values set before defers run, recover turning panics into errors.
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func counter() (n int, s string) {
	defer func() {
		n++
		s += "!"
	}()
	n, s = 1, "a"
	return n + 10, s + "b"
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func chain() (s string) {
	for i := 0; i < 3; i++ {
		defer func(k int) { s += fmt.Sprint(k) }(i)
	}
	return "r"
}

var ErrBad = fmt.Errorf("bad input")

func validate(n int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("validate(%d): %v", n, err)
		}
	}()
	if n < 0 {
		return ErrBad
	}
	return nil
}

func deferredPtr() *int {
	v := 1
	defer func() { v = 2 }()
	return &v
}

func main() {
	fmt.Println(double())
	fmt.Println(counter())
	q, err := safeDiv(10, 3)
	fmt.Println(q, err)
	q, err = safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(unnamed())
	fmt.Println(chain())
	fmt.Println(validate(3), validate(-1))
	e := validate(-2)
	fmt.Println(e, e == ErrBad)
	fmt.Println(*deferredPtr())
}
