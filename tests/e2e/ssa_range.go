// range over slices in SSA functions: the key, the value, both, neither,
// assignment to existing variables, break and continue, nested ranges.
package main

import "fmt"

func sum(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func idx(s []int16) (a, b int) {
	for i := range s {
		a += i
	}
	var k int
	var v int16
	for k, v = range s {
		if v < 0 {
			continue
		}
		if v > 100 {
			break
		}
		b += int(v) * k
	}
	return a, b + k
}

func nested(m [][]int64) int64 {
	var t int64
	for i, row := range m {
		for _, x := range row {
			t += x * int64(i)
		}
		row = nil
		_ = row
	}
	for range m {
		t++
	}
	return t
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}), sum(nil))
	fmt.Println(idx([]int16{5, -1, 7, 200, 9}))
	fmt.Println(nested([][]int64{{1, 2}, {3}, nil, {4, 5, 6}}))
}
