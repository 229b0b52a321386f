// Slices in functions compiled through SSA: a slice is three words
// (pointer, length, capacity) in registers; elements are read and written
// with bounds checks (Go's panic message), including slices of slices,
// op= on elements, and slices passed to and returned from calls.
package main

import "fmt"

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func fill(m [][]int64, n int, seed int) {
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			m[i][j] = int64((i*j+i*seed+j+seed)%17 - 8)
		}
	}
}

func bump(b []byte, i int) []byte {
	b[i] += 200
	b[i+1]++
	return b
}

func swapEnds(s []int16) ([]int16, int, int) {
	if s == nil {
		return s, -1, -1
	}
	s[0], s[len(s)-1] = s[len(s)-1], s[0]
	return s, len(s), cap(s)
}

func rows(m [][]int64) (first, last []int64) {
	return m[0], m[len(m)-1]
}

func at(s []int8, i int) int8 { return s[i] }

func main() {
	fmt.Println(sum([]int{1, 2, 3, 4}), sum(nil))
	m := [][]int64{make([]int64, 3), make([]int64, 3), make([]int64, 3)}
	fill(m, 3, 5)
	fmt.Println(m)
	f, l := rows(m)
	fmt.Println(f, l)
	b := []byte{100, 255, 3}
	fmt.Println(bump(b, 0), bump(b, 1))
	fmt.Println(swapEnds(make([]int16, 3, 10)))
	fmt.Println(swapEnds([]int16{-1, 2, -3}))
	fmt.Println(swapEnds(nil))
	fmt.Println(at([]int8{-3, 4}, 1))
	fmt.Println(at([]int8{-3, 4}, -1))
}
