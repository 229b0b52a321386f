// Floats: arithmetic, comparisons, int<->float conversions (truncation toward zero), float32 rounding, constants, accumulation.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

type Meters float64

func (m Meters) Feet() float64 { return float64(m) * 3.28084 }

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(a > b, a == 7.5, b <= 2, a != a)
	fmt.Println(int(a), int(-a), int64(a/2.6), uint8(a*26.7), int(1e9))
	n := 17
	fmt.Println(float64(n)/5, float64(n/5), n/5)
	fmt.Println(sqrt(2), sqrt(144), sqrt(1e10))
	fmt.Println(mean([]float64{1, 2, 3, 4}), mean([]float64{0.1, 0.2}))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, 0.1+0.2)
	var f32 float32 = 0.1
	var f64 float64 = float64(f32)
	fmt.Println(f32, f64, float32(f64) == f32)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc)
	fmt.Println(float32(1)/3*3, float32(16777217), float32(0.1)+float32(0.2))
	const third = 1.0 / 3
	fmt.Println(third, float32(third), third*3 == 1)
	x := 1e300
	fmt.Println(x*10, -x*1e10, x*x/x)
	m := Meters(100)
	fmt.Printf("%.2f %v\n", m.Feet(), m)
	var i64 int64 = 1 << 53
	fmt.Println(float64(i64), float64(i64+1), int64(float64(i64+1)))
	u := uint64(1<<63 + 1)
	fmt.Println(float64(u), uint64(float64(u)))
	c := 3
	c2 := float64(c) * 1.5
	fmt.Println(c2, int(c2+0.5))
	h := 0.0
	for i := 1; i <= 20; i++ {
		h += 1 / float64(i)
	}
	fmt.Printf("%.10f %v\n", h, h)
	fmt.Println(5.0/2, 5/2, 5%2, 1<<3*1.5)
	var r float64 = 10
	r /= 4
	r *= r
	r -= 0.25
	fmt.Println(r)
}
