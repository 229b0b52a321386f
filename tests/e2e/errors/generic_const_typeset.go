package main
func F[T int | string](x T) T { return x * 2 }
func main() { F(1) }
