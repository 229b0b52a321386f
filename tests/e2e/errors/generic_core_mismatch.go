package main
func F[T ~[]E, E any](x T) E { return x[0] }
func main() { var m map[int]int; F(m) }
