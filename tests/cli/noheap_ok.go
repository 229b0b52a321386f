package main

type T struct{ a int }

//goscape:noheap
func sum(n int) int {
	t := T{a: n}
	p := &t
	xs := make([]int, 8)
	for i := range xs {
		xs[i] = p.a + i
	}
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	println(sum(2))
}
