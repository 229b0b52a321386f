package main
func F[T any](x T) { _ = &x; var y T = 5; _ = y }
func main() { F(1) }
