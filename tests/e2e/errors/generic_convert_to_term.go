package main

func F[T int | string](x float64) T {
	return T(x)
}

func main() { F[int](1) }
