package main

func F[T any](n int, v T) int {
	if n == 0 {
		return 0
	}
	return F(n-1, []T{v})
}

func main() {
	println(F(3, 1))
}
