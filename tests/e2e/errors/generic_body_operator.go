package main

func F[T any](x T) T {
	return x + x
}

func main() { _ = F(1) }
