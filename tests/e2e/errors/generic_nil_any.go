package main
func F[T any](x T) T { return nil }
func main() { F(1) }
