// `for k, v = range` into variables of an interface type: each key and
// value is converted as by `x = v` (boxed, or its itab found), for every
// kind of range.
package main

import (
	"errors"
	"fmt"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type point struct{ x, y int }

func main() {
	var last any
	for _, last = range []int{1, 2, 300} {
	}
	fmt.Println(last)

	var i, r any
	for i, r = range "héllo" {
	}
	fmt.Println(i, r)

	var k, v interface{}
	for k, v = range map[string]point{"a": {1, 2}} {
	}
	fmt.Println(k, v)

	var c any
	ch := make(chan string, 2)
	ch <- "sent"
	close(ch)
	for c = range ch {
	}
	fmt.Println(c)

	var s fmt.Stringer
	for _, s = range [2]celsius{21.5, 37} {
		fmt.Println(s)
	}

	// interface to interface: error -> any keeps the dynamic type
	var e any
	for _, e = range []error{errors.New("boom")} {
	}
	fmt.Printf("%T %v\n", e, e)

	var slots [3]any
	for slots[1] = range []string{"x", "y"} {
	}
	fmt.Println(slots)

	// each iteration's box is its own: pointers keep the values apart
	var ptrs []*any
	for _, x := range []point{{1, 1}, {2, 2}} {
		var a any
		for _, a = range []point{x} {
		}
		ptrs = append(ptrs, &a)
	}
	fmt.Println(*ptrs[0], *ptrs[1])
}
