// Floats: +Inf, -Inf, NaN, negative zero from arithmetic; comparisons, printing with fmt verbs and println, NaN map keys sort first.
package main

import "fmt"

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	fmt.Println(inf, ninf, nan, negz, zero)
	fmt.Println(inf > 1e308, ninf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(inf+1, inf-inf, inf*0, inf*-1, 1/inf, -1/inf)
	fmt.Println(negz == zero, 1/negz)
	fmt.Printf("%v %f %e %g %5.1f %+v %08.2f\n", inf, inf, ninf, nan, inf, nan, ninf)
	fmt.Printf("%.2f %v %e\n", negz, negz, negz)
	big64 := 1e39
	var f32inf float32 = float32(inf)
	fmt.Println(f32inf, float32(nan), float32(big64) == f32inf)
	big := float32(3e38)
	fmt.Println(big*10, -big*10)
	m := map[float64]int{1: 1, nan: 2, -5: 3, inf: 4}
	fmt.Println(m)
	m[nan] = 5 // a second NaN key: two NaNs print in iteration order, so only len
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	println(inf, ninf, nan, negz, 1.5, 123456.75, 0.1)
	println(float32(2.5), -3e-300, 1e300)
	isNaN := func(f float64) bool { return f != f }
	fmt.Println(isNaN(nan), isNaN(inf))
	max := ninf
	for _, v := range []float64{3, nan, 7, -1} {
		if v > max {
			max = v
		}
	}
	fmt.Println(max)
}
