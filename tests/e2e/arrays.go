// Arrays: value semantics, comparison, multi-dimensional arrays, range.
package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := double(a)
	fmt.Println(a, b, a == b, a == [4]int{1, 2, 3, 4})
	c := a
	c[0] = 100
	fmt.Println(a[0], c[0])
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d, d[1] == "")
	var m [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			m[i][j] = i*3 + j
		}
	}
	fmt.Println(m)
	var t [3][3]int
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println(t)
	sum := 0
	for _, v := range a {
		sum += v
	}
	fmt.Println(sum, len(m), len(m[0]))
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s)
	var bools [5]bool
	bools[2] = true
	fmt.Println(bools)
}
