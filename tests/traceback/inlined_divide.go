package main

import "fmt"

// A division by zero in a method inlined into a function inlined into
// the loop of an SSA function: every inlined call is a frame.
type ratio struct{ num, den int }

func (r *ratio) value() int {
	v := r.num / r.den
	return v
}

func total(rs []*ratio) int {
	t := 0
	for _, r := range rs {
		t += r.value()
	}
	return t
}

func mean(rs []*ratio) int {
	return total(rs) / len(rs)
}

func main() {
	rs := []*ratio{{6, 3}, {8, 2}}
	fmt.Println(mean(rs))
	rs = append(rs, &ratio{1, 0})
	fmt.Println(mean(rs))
}
