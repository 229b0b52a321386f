// float64 in SSE registers in SSA functions: arithmetic, comparisons and
// branches with NaN, conversions to and from signed integers, -0, loops
// whose float values swap, and values live across calls (spilled).
package main

import (
	"fmt"
	"math"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func times(v []float64, u []float64) {
	for i := 0; i < len(v); i++ {
		a := 0.0
		for j := 0; j < len(u); j++ {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

func sqrt(a float64) float64 {
	x := a
	if x < 1.0 {
		x = 1.0
	}
	for i := 0; i < 60; i++ {
		x = 0.5 * (x + a/x)
	}
	return x
}

func cmp(a, b float64) (bool, bool, bool, bool, bool, bool) {
	return a < b, a <= b, a > b, a >= b, a == b, a != b
}

func branch(a, b float64) int {
	n := 0
	if a < b {
		n += 1
	}
	if a <= b {
		n += 2
	}
	if a > b {
		n += 4
	}
	if a >= b {
		n += 8
	}
	if a == b {
		n += 16
	}
	if a != b {
		n += 32
	}
	return n
}

func conv(x float64, i int, k int32) (int, float64, float64, int8, float64) {
	return int(x), float64(i), float64(k), int8(x), -x
}

func swap(a, b float64, n int) (float64, float64) {
	for i := 0; i < n; i++ {
		a, b = b, a-b
		a++
		b--
	}
	return a, b
}

func main() {
	v := make([]float64, 5)
	u := []float64{1, 2, 3, 4, 5}
	times(v, u)
	fmt.Println(v)
	fmt.Println(sqrt(2), sqrt(0.25), sqrt(1e10))
	nan := math.NaN()
	fmt.Println(cmp(1, 2))
	fmt.Println(cmp(2, 2))
	fmt.Println(cmp(nan, 2))
	fmt.Println(branch(1, 2), branch(2, 2), branch(3, 2), branch(nan, 1), branch(1, nan))
	fmt.Println(conv(-3.75, -7, -2))
	fmt.Println(conv(0, 0, 0))
	z := 0.0
	fmt.Println(conv(z, 1<<53+1, 1))
	fmt.Println(swap(1.5, -2.25, 7))
}
