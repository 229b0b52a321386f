// Panics: panic with a pointer error type prints Error().
package main

import "fmt"

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

func main() {
	var err error = &E{4}
	panic(err)
}
