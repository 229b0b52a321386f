// Golden escape test deadcode: constant if/switch branches are dropped before escape analysis.
package main

type A struct{ n int }

var g *A

func f1() {
	switch int64(-252) {
	case 7:
		g = &A{1}
	default:
		g = &A{2}
	}
}
func f2() {
	switch int16(3) {
	case 7:
		g = &A{3}
	default:
		g = &A{4}
	}
}
func f3() {
	switch int16(3) {
	default:
		g = &A{5}
	case 1, 11:
		g = &A{6}
	}
}
func f4() {
	switch 3 {
	case 1:
		g = &A{7}
	}
	g = &A{8}
}
func main() {}
