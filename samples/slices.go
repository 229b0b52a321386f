// slices.go - how slices share arrays, how append grows them, and a few
// classic slice algorithms (reverse, filter, rotate).
package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// filter reuses s's array: no allocation, but s is overwritten.
func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(s[k:], s[:k]...)
}

func main() {
	var s []int
	prevCap := cap(s)
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Printf("len %2d: cap grew %d -> %d\n", len(s), prevCap, cap(s))
			prevCap = cap(s)
		}
	}

	a := []int{1, 2, 3, 4, 5}
	view := a[1:4] // shares a's array
	view[0] = 20
	fmt.Println("a:", a, "view:", view, "len", len(view), "cap", cap(view))

	reverse(a)
	fmt.Println("reversed:", a)
	evens := filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(v int) bool { return v%2 == 0 })
	fmt.Println("evens:", evens)
	fmt.Println("rotated:", rotate([]int{1, 2, 3, 4, 5}, 2))

	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = make([]string, 3)
		for j := range grid[i] {
			grid[i][j] = "."
		}
	}
	grid[1][1] = "X"
	for _, row := range grid {
		fmt.Println(row)
	}
}
