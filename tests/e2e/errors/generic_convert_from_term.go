package main

func F[T int | string](x T) float64 {
	return float64(x)
}

func main() { F(1) }
