package main

import "fmt"

type T struct {
	a, b int
}

func get(s []int, i int) int {
	return s[i]
}

func mid(s []int) int {
	x := get(s, 5)
	return x + 1
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(mid(s))
}
