package main

func F[T ~[]int | ~string](x T) {
	for range x {
	}
}

func main() { F("a") }
