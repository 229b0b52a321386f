package main

type T struct{ n int }

func (t *T) Inc(by int) int {
	if by > 2 {
		panic(t)
	}
	return t.n + by
}

func (t T) Get() int { return t.n }

var x = compute()

func compute() int {
	t := &T{}
	return t.Inc(3) + T{}.Get()
}

func init() {
	t := &T{}
	f := func(k int) int { return t.Inc(k) }
	println(f(5))
}

func main() {
}
