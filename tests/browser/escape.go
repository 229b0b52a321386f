package main

import "fmt"

type point struct{ x, y int }

func newPoint() *point {
	p := point{1, 2}
	return &p
}

func total(n int) int {
	buf := [4]int{1, 2, 3, 4}
	s := buf[:]
	sum := 0
	for i := 0; i < n && i < len(s); i++ {
		sum += s[i]
	}
	return sum
}

func main() {
	q := newPoint()
	fmt.Println(q.x, total(3))
}
