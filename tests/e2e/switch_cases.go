// A tagless switch compares each case with true, so a case of an
// interface type holding a bool is allowed; a named pointer type selects
// the fields of its base struct; string(c) of a huge constant is U+FFFD.
package main

import "fmt"

type point struct{ x, y int }
type pointRef *point

func describe(v interface{}) string {
	switch {
	case v:
		return "true"
	case false:
		return "never"
	default:
		return "not true"
	}
}

func main() {
	fmt.Println(describe(true), describe(false), describe(1), describe("true"))

	var p pointRef = &point{1, 2}
	p.y += 40
	fmt.Println(p.x, p.y)

	const huge = string(1 << 100)
	const negative = string(-1 << 70)
	fmt.Println(huge == "\uFFFD", negative == "\uFFFD", len(huge))
}
