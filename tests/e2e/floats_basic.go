// float64 basics: arithmetic, Println formatting, comparisons, Inf and NaN.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	fmt.Println(0.1+0.2, 1.0/3.0, 2.5*4, 1e20*1e10, 123456789.0, 0.000001234)
	fmt.Println(sqrt(2), sqrt(144), -0.0, 100.0)
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(inf, -inf, nan, nan == nan, inf > 1e308)
	var f32 float32 = 16777216
	fmt.Println(f32+1 == f32, float32(0.1)+float32(0.2))
	c := 0.0
	for i := 0; i < 10; i++ {
		c += 0.1
	}
	fmt.Println(c, c == 1.0)
	fmt.Printf("%.3f %6.2f %e %g %v\n", 2.0/3, 3.14159, 1234.5678, 1e-9, 1e21)
	celsius := []float64{-40, 0, 37, 100}
	for _, t := range celsius {
		fmt.Printf("%6.1f C = %6.1f F\n", t, t*9/5+32)
	}
}
