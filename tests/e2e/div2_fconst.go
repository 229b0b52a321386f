// Signed division and remainder by 2 (the sign bit alone rounds toward
// zero), against other powers of two and variables; float64 and float32
// constants read from .rodata literals as operands of arithmetic,
// comparisons and moves, including values live across calls.
package main

import (
	"fmt"
	"math"
)

//go:noinline
func half(x int64) (int64, int64) { return x / 2, x % 2 }

//go:noinline
func quarter(x int64) (int64, int64) { return x / 4, x % 4 }

//go:noinline
func half32(x int32) (int32, int32) { return x / 2, x % 2 }

//go:noinline
func id(x float64) float64 { return x }

func scale(x float64, f float32) (float64, float32) {
	y := 1.0 / x
	if y < 0.25 {
		y = 0.25
	}
	z := id(y) * 3.5
	return z - 1.0e-3, f*1.5 + 0.1
}

func main() {
	for _, x := range []int64{0, 1, -1, 2, -2, 3, -3, 7, -7, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		q, r := half(x)
		q4, r4 := quarter(x)
		fmt.Println(x, q, r, q4, r4, x/2 == q, x%2 == r)
	}
	for _, x := range []int32{5, -5, math.MinInt32, math.MaxInt32} {
		fmt.Println(half32(x))
	}
	for _, x := range []float64{1, 2, 3, 4, 8, -2, 0.5} {
		fmt.Println(scale(x, float32(x)))
	}
	s := 0.0
	for i := 1; i <= 10; i++ {
		s += 1.0 / float64((i+1)*i/2)
		s = s * 0.999
	}
	fmt.Printf("%.12f %v\n", s, int64(s*1e9))
}
