// Slices: append growth, aliasing, copy, three-index slices, nil slices.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(len(s), "/", cap(s), " ")
	}
	fmt.Println()
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:2:3]
	c = append(c, 40)
	c = append(c, 50)
	c[0] = 99
	fmt.Println(a, c, cap(c))
	d := make([]int, 3, 10)
	n := copy(d, a)
	fmt.Println(n, d)
	n = copy(d[1:], d)
	fmt.Println(n, d)
	strs := []string{}
	strs = append(strs, "x", "y")
	strs = append(strs, strs...)
	fmt.Println(strs, len(strs))
	bytes := append([]byte("hi "), "there"...)
	fmt.Println(string(bytes))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	big := make([]int64, 0, 5)
	for i := 0; i < 20; i++ {
		big = append(big, int64(i))
	}
	fmt.Println(len(big), cap(big))
	var bb []byte
	for i := 0; i < 40; i++ {
		bb = append(bb, 'a')
	}
	fmt.Println(len(bb), cap(bb))
	fmt.Println(a[len(a)-1], a[:0], a[5:])
}
