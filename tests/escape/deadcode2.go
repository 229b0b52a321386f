// Golden escape test deadcode2: Go's dead-code pass (constant switch clauses, folded && / || in if conditions) runs before devirtualization and ordering.
package main

type V interface{ Grow(int) }
type T int

func (t *T) Grow(n int) { *t += T(n) }

var g *int

func constTag() {
	switch "x" {
	case "y":
		var z V = new(T)
		z.Grow(6)
	}
}

func firstMatch(k int) {
	switch {
	case true && true:
		var z V = new(T)
		z.Grow(7)
	case k > 2:
		g = new(int)
	default:
		g = new(int)
	}
}

func folded(k int) {
	if k > 0 && (true || g == new(int)) {
		g = &k
	}
}

func deadCall() {
	if 2.0 < 1.0 {
		late()
	}
}

func late() { g = new(int) }

func main() { constTag(); firstMatch(1); folded(1); deadCall() }
