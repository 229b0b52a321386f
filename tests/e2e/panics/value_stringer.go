// Panics: panic with a Stringer prints String().
package main

import "fmt"

type S struct{ n int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.n) }

func main() {
	panic(S{7})
}
