package main

// Go 1.19: untyped constants infer a type parameter by their default types,
// which must agree (1.21 chooses the largest kind)
func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	println(Max(1.5, 2))
}
