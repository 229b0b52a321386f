// errors.New and fmt.Errorf: %w wraps one error; a second %w is a bad verb and nothing is wrapped.
package main

import (
	"errors"
	"fmt"
)

var ErrX = errors.New("x failed")

func main() {
	e := errors.New("boom")
	fmt.Println(e, ErrX)
	fmt.Printf("%T %v %q\n", e, e == ErrX, e.Error())
	w := fmt.Errorf("wrap: %w", ErrX)
	fmt.Printf("%v %T\n", w, w)
	two := fmt.Errorf("a %w b %w", e, ErrX)
	fmt.Printf("%v %T\n", two, two)
	fmt.Println(fmt.Errorf("%w", 5))
	fmt.Printf("%w|%d\n", e, e)
	panic(fmt.Errorf("final: %w", e))
}
