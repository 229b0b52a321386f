package main

func F[T ~int | ~string](x T) int {
	v, _ := any(x).(int)
	return v + x.(int)
}

func main() { F(1) }
