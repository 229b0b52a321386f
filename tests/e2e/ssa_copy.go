// copy in SSA functions: min(len(dst), len(src)) elements by one memmove
// (overlapping either way, shorter destination or source, a string
// source, nil and empty slices, a slice onto itself), the count returned.
package main

import "fmt"

func cp(d, s []int) int { return copy(d, s) }

func cps(d []byte, s string) int { return copy(d, s) }

func rot(s []int, r int) {
	first := s[0]
	copy(s[0:r], s[1:r+1])
	s[r] = first
}

func main() {
	a := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(cp(a[1:], a), a)
	fmt.Println(cp(a, a[2:]), a)
	fmt.Println(cp(a, a), a)
	fmt.Println(cp(a[:2], []int{9, 9, 9}), a)
	fmt.Println(cp(nil, a), cp(a, nil), cp(a[:0], a), cp(nil, nil), a)
	b := make([]byte, 5)
	fmt.Println(cps(b, "hi"), string(b[:2]), cps(b, "goscape!"), string(b), cps(b[:0], "x"))
	p := []int{0, 1, 2, 3, 4}
	for r := 1; r < len(p); r++ {
		rot(p, r)
		fmt.Println(p)
	}
}
