// errors from GOROOT over goscape's internal/reflectlite: New, Is, As (pointer and interface targets), Unwrap.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

var ErrNotFound = errors.New("not found")

func find(k int) error {
	if k == 0 {
		return ErrNotFound
	}
	if k < 0 {
		return &MyErr{k}
	}
	return nil
}

type wrap struct{ err error }

func (w wrap) Error() string { return "wrap: " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

func main() {
	e := find(0)
	fmt.Println(e, errors.Is(e, ErrNotFound), e == ErrNotFound)
	w := wrap{find(-3)}
	var me *MyErr
	fmt.Println(errors.As(w, &me), me.code, errors.Unwrap(w) == w.err)
	fmt.Println(errors.Is(wrap{ErrNotFound}, ErrNotFound), errors.Is(w, ErrNotFound))
	var target interface{ Error() string }
	fmt.Println(errors.As(w, &target), target)
	fmt.Printf("%T %v\n", errors.New("x"), errors.New("y"))
}
