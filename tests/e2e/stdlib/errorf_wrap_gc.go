// fmt.Errorf's %w keeps the wrapped error alive: only the *fmt.wrapError
// references it across collections (runtime.GC and fresh allocations
// that would reuse its memory).
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

type codeError struct {
	code int
	text string
}

func (e *codeError) Error() string { return e.text + " " + strconv.Itoa(e.code) }

func wrapped(i int) error {
	return fmt.Errorf("item %d: %w", i, &codeError{i * 7, "code"})
}

func main() {
	var errs []error
	for i := 0; i < 50; i++ {
		errs = append(errs, wrapped(i))
	}
	runtime.GC()
	var junk [][]int
	for i := 0; i < 2000; i++ {
		junk = append(junk, []int{i, i, i, i})
	}
	runtime.GC()
	sum := 0
	for _, e := range errs {
		var ce *codeError
		if errors.As(e, &ce) {
			sum += ce.code
		}
	}
	fmt.Println(sum, len(junk), errs[49])
	fmt.Println(errors.Unwrap(errs[3]))
}
