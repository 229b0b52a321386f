package main

func F[T ~[]int | ~[]string](n int) T {
	return make(T, n)
}

func main() { F[[]int](1) }
