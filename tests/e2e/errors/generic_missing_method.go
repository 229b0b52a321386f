package main

import "fmt"

func Show[T fmt.Stringer](v T) string { return v.String() }

func main() {
	_ = Show(3)
}
