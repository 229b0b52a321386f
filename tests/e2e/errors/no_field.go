// Selecting a field that does not exist.
package main

type P struct{ X, Y int }

func main() {
	p := P{1, 2}
	p.Z = 3
}
