package main
func F[T ~[]int | ~[]string](x T) { _ = len(x); x = append(x, 1) }
func main() { F([]int{}) }
