// panic(v) in the SSA back end: v boxed into an interface in a frame
// area, then runtime_gopanic; a function may end in a panic instead of
// a return.
package main

import (
	"errors"
	"fmt"
)

var errNeg = errors.New("negative index")

func at(xs []int, i int) int {
	if i < 0 {
		panic(errNeg)
	}
	if i < len(xs) {
		return xs[i]
	}
	panic(fmt.Sprintf("index %d past %d", i, len(xs)))
}

func sign(n int) string {
	switch {
	case n < 0:
		return "-"
	case n > 0:
		return "+"
	}
	panic(n)
}

// catch (the tree walker's: it defers and recovers) reports what f panicked with.
func catch(f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println("recovered:", r, isErr, err == errNeg)
	}()
	f()
}

func main() {
	xs := []int{4, 5, 6}
	fmt.Println(at(xs, 1), sign(3), sign(-2))
	catch(func() { at(xs, -1) })
	catch(func() { sign(0) })
	catch(func() { at(xs, 7) })
	fmt.Println(at(xs, 3))
}
