package main

import "fmt"

func sum(a, b int) int { return a + b }

func next() int { return 7 }

func grow(k int) []int {
	var s []int
	for i := 0; i < k; i++ {
		s = append(s, i)
	}
	return s
}

func main() {
	fmt.Println(sum(3, 4), next(), len(grow(10)))
	x := 5
	p := &x
	fmt.Println(*p)
}
