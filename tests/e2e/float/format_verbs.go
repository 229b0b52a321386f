// Floats: fmt verbs %v %g %e %E %f %.3f %8.2f %-8.2f %+.2e %G and Println shortest form, for many magnitudes.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 3.14159265358979, 100, 123456, 1234567,
		1e6, 1e20, 1e21, 1e-4, 1e-5, 0.000123456, 6.02214076e23, -2.5e-10, 1.7976931348623157e308, 5e-324}
	for _, v := range vals {
		fmt.Println(v)
		fmt.Printf("%v|%g|%e|%E|%f|%.3f|%8.2f|%-8.2f|%+.2e|%G|%.3g|%10.4v|\n", v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%.0f %.0f %.0f %.1f %.1f %.2f\n", 0.5, 1.5, 2.5, 0.25, 0.35, 1.005)
	fmt.Printf("%08.3f|%+f|% f|%5.1f\n", -3.14159, 2.0, 2.0, 9.96)
	fmt.Println(float32(0.1), float32(1)/3, float32(16777216), float32(1e10))
	fmt.Printf("%v %g %.2f %e\n", float32(2.5), float32(0.3), float32(1.125), float32(123.456))
	fmt.Print(1.5, 2.5, "\n")
	fmt.Println(fmt.Sprint(3.0), fmt.Sprintf("%6.2f%%", 45.678))
}
