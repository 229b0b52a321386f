package main

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	x, y := 1, 2.5
	_ = Max(x, y)
}
