package main
type C interface{ comparable; M() }
func F[T C](x T) {}
type A []int
func (A) M() {}
func main() { F(A{}) }
