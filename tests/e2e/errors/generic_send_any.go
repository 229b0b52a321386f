package main
func F[T any](ch chan T) { ch <- 1 }
func main() { F(make(chan int)) }
